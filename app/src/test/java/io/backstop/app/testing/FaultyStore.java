package io.backstop.app.testing;

import io.backstop.app.store.EntityStore;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * An {@link EntityStore} that dies once on demand: the {@code n}-th row of a given entity it is asked to create
 * throws, as a node killed at that point would stop. The transaction under way rolls back, as it would when the
 * node's connection drops.
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

    public FaultyStore(EntityStore store) {
        this.store = store;
    }

    /** The {@code n}-th (1-based) creation of a {@code type} row from now on throws {@link NodeDied}. */
    public void dieAtCreation(Class<?> type, int n) {
        failing = type;
        countdown.set(n);
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... types) {
        store.migrate(types);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        if (type.equals(failing) && countdown.decrementAndGet() == 0) {
            failing = null;
            throw new NodeDied("creating a " + type.getSimpleName());
        }
        return store.create(type, values);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return store.get(type, key);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return store.find(type, query);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return store.count(type, query);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        store.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return store.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return store.inTransaction(work);
    }
}
