package io.backstop.sandbox.services;

import io.backstop.app.port.Locks;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** Locks by name in one JVM: a fixed set of stripes, so memory does not grow with the number of issues. */
public final class StripedLocks implements Locks {

    private final ReentrantLock[] stripes = new ReentrantLock[256];

    public StripedLocks() {
        for (int i = 0; i < stripes.length; i++) {
            stripes[i] = new ReentrantLock();
        }
    }

    @Override
    public <T> T withLock(String name, Supplier<T> work) {
        ReentrantLock lock = stripes[Math.floorMod(name.hashCode(), stripes.length)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
