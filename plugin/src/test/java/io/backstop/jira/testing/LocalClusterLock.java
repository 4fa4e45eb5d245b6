package io.backstop.jira.testing;

import com.atlassian.beehive.ClusterLock;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * A cluster lock of one JVM, for tests, that behaves like Jira's: it is <em>not</em> re-entrant (Atlassian's
 * ClusterLock: "not intended to be re-entrant"; a node asking again for a lock it holds waits for itself forever, as
 * lock() "will never time-out"), so a second {@link #lock()} by the holding thread fails the test at once instead of
 * hanging. Counts how often it was taken.
 */
public final class LocalClusterLock implements ClusterLock {

    private final String name;
    private final Semaphore permit = new Semaphore(1);
    private volatile Thread holder;
    private int taken;

    public LocalClusterLock(String name) {
        this.name = name;
    }

    public LocalClusterLock() {
        this("test");
    }

    public synchronized int taken() {
        return taken;
    }

    @Override
    public void lock() {
        refuseReentry();
        permit.acquireUninterruptibly();
        held();
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        refuseReentry();
        permit.acquire();
        held();
    }

    @Override
    public boolean tryLock() {
        refuseReentry();
        if (!permit.tryAcquire()) {
            return false;
        }
        held();
        return true;
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        refuseReentry();
        if (!permit.tryAcquire(time, unit)) {
            return false;
        }
        held();
        return true;
    }

    @Override
    public void unlock() {
        if (holder != Thread.currentThread()) {
            throw new IllegalMonitorStateException("cluster lock " + name + " unlocked by a thread that does not hold it");
        }
        holder = null;
        permit.release();
    }

    public boolean isHeld() {
        return holder != null;
    }

    @Override
    public Condition newCondition() {
        throw new UnsupportedOperationException("cluster locks have no conditions");
    }

    private void refuseReentry() {
        if (holder == Thread.currentThread()) {
            throw new AssertionError("cluster lock " + name + " taken again by the thread that holds it: Jira's cluster"
                    + " locks are not re-entrant, so this would wait forever");
        }
    }

    private void held() {
        holder = Thread.currentThread();
        synchronized (this) {
            taken++;
        }
    }
}
