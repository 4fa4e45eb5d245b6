package io.backstop.app.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * {@link EntityStore} over an Active Objects {@code EntityManager}, for hosts that own their database: the
 * sandbox and the tests (module {@code h2} makes the entity manager). The plugin adapts Jira's
 * {@code ActiveObjects} facade instead.
 */
public final class EntityManagerStore implements EntityStore {

    private final EntityManager manager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public EntityManagerStore(EntityManager manager) {
        this.manager = manager;
    }

    /** Releases the database connections. */
    public void close() {
        manager.getProvider().dispose();
    }

    public EntityManager manager() {
        return manager;
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... types) {
        call(() -> {
            manager.migrate(types);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return call(() -> manager.create(type, values));
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        call(() -> {
            manager.create(type, rows);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> manager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> manager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, Consumer<T> each) {
        call(() -> {
            manager.stream(type, query, each::accept);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call(() -> manager.count(type, query));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        call(() -> {
            manager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call(() -> manager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (inTransaction.get()) {
            return work.get(); // already inside one: AO transactions do not nest
        }
        inTransaction.set(true);
        try {
            return call(() -> new Transaction<T>(manager) {
                @Override
                protected T run() {
                    return work.get();
                }
            }.execute());
        } finally {
            inTransaction.set(false);
        }
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T call(SqlCall<T> work) {
        try {
            return work.call();
        } catch (SQLException e) {
            throw new IllegalStateException("database call failed: " + e.getMessage(), e);
        }
    }
}
