package io.backstop.jira.port;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.backstop.app.port.Locks;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.Supplier;

/** Named locks across the whole Data Center cluster, from Jira's cluster lock service. */
@Named("backstopLocks")
public final class JiraLocks implements Locks {

    /** Jira's limit on a lock name. */
    static final int MAX_NAME = 255;

    private final ClusterLockService locks;

    @Inject
    public JiraLocks(@ComponentImport ClusterLockService locks) {
        this.locks = locks;
    }

    @Override
    public <T> T withLock(String name, Supplier<T> work) {
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("lock name longer than " + MAX_NAME + ": " + name);
        }
        ClusterLock lock = locks.getLockForName(name);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
