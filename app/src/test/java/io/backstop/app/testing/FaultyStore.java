package io.backstop.app.testing;

import io.backstop.app.store.EntityStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * An {@link EntityStore} of a node that can be killed: from the {@code n}-th row of a given entity it is asked to
 * create or read with {@code find}, every call throws, as a node killed at that point would do nothing
 * more, until it is revived (restarted). The transaction under way rolls back, as it does when a dead node's
 * connection drops.
 */
public final class FaultyStore implements EntityStore {

    /** What a killed node leaves behind: nothing, as far as the database is concerned. */
    public static final class NodeDied extends RuntimeException {
        public NodeDied(String where) {
            super("node died " + where);
        }
    }

    private final EntityStore store;
    private volatile Class<?> failing;
    private final AtomicInteger countdown = new AtomicInteger(-1);
    private volatile Class<?> failingFind;
    private final AtomicInteger findsLeft = new AtomicInteger(-1);
    private volatile boolean dead;

    public FaultyStore(EntityStore store) {
        this.store = store;
    }

    /** At the {@code n}-th (1-based) creation of a {@code type} row from now on, the node dies. */
    public void dieAtCreation(Class<?> type, int n) {
        failing = type;
        countdown.set(n);
    }

    /** At the {@code n}-th (1-based) {@code find} of {@code type} rows from now on, the node dies. */
    public void dieAtFind(Class<?> type, int n) {
        failingFind = type;
        findsLeft.set(n);
    }

    public boolean dead() {
        return dead;
    }

    /** Started again: works as before, and dies no more unless told again. */
    public void revive() {
        failing = null;
        failingFind = null;
        dead = false;
    }

    private void alive(String doing) {
        if (dead) {
            throw new NodeDied("before " + doing);
        }
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... types) {
        store.migrate(types);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        alive("creating a " + type.getSimpleName());
        if (type.equals(failing) && countdown.decrementAndGet() == 0) {
            failing = null;
            dead = true;
            throw new NodeDied("creating a " + type.getSimpleName());
        }
        return store.create(type, values);
    }

    /** Dies, writing none of them, when the fatal row is among {@code rows}. */
    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        alive("creating " + type.getSimpleName() + " rows");
        if (type.equals(failing) && countdown.addAndGet(-rows.size()) <= 0) {
            failing = null;
            dead = true;
            throw new NodeDied("creating " + type.getSimpleName() + " rows");
        }
        store.create(type, rows);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        alive("reading");
        return store.get(type, key);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        alive("reading");
        if (type.equals(failingFind) && findsLeft.decrementAndGet() == 0) {
            failingFind = null;
            dead = true;
            throw new NodeDied("reading " + type.getSimpleName() + " rows");
        }
        return store.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, java.util.function.Consumer<T> each) {
        alive("reading");
        store.stream(type, query, each);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        alive("reading");
        return store.count(type, query);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        alive("deleting");
        store.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        alive("deleting");
        return store.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        alive("a transaction");
        return store.inTransaction(work);
    }
}
