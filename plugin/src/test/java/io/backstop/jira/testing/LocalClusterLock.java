package io.backstop.jira.testing;

import com.atlassian.beehive.ClusterLock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** A cluster lock of one JVM, for tests; counts how often it was taken. */
public final class LocalClusterLock implements ClusterLock {

    private final ReentrantLock lock = new ReentrantLock();
    private int taken;

    public synchronized int taken() {
        return taken;
    }

    @Override
    public void lock() {
        lock.lock();
        synchronized (this) {
            taken++;
        }
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        lock.lockInterruptibly();
    }

    @Override
    public boolean tryLock() {
        return lock.tryLock();
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        return lock.tryLock(time, unit);
    }

    @Override
    public void unlock() {
        lock.unlock();
    }

    public boolean isHeld() {
        return lock.isLocked();
    }

    @Override
    public Condition newCondition() {
        throw new UnsupportedOperationException("cluster locks have no conditions");
    }
}
