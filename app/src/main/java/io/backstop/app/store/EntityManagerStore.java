package io.backstop.app.store;

import java.sql.SQLException;
import java.util.Map;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import javax.sql.DataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.Disposable;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.Transaction;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.DelegatingDisposableDataSourceHandler;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * {@link EntityStore} over an Active Objects {@code EntityManager}, for hosts that own their database: the
 * sandbox and the tests. (The plugin adapts Jira's {@code ActiveObjects} facade instead.)
 */
public final class EntityManagerStore implements EntityStore {

    /** The prefix Jira derives for the plugin's AO namespace; kept alike so a dump reads the same. */
    public static final String TABLE_PREFIX = "AO_B4C4F1_";

    private final EntityManager manager;
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);

    public EntityManagerStore(EntityManager manager) {
        this.manager = manager;
    }

    /**
     * Backstop's tables in an H2 database reached through {@code pool}, named as Jira's Active Objects names them.
     * The host brings the pool (opening an H2 connection per statement would cost more than the statement).
     */
    public static EntityManagerStore h2(DataSource pool, Disposable onClose) {
        DatabaseProvider provider = new H2DatabaseProvider(
                DelegatingDisposableDataSourceHandler.newInstance(pool, onClose),
                "PUBLIC"); // without the schema AO scans H2's INFORMATION_SCHEMA and fails
        NameConverters names = new SimpleNameConverters(
                new AtlassianTableNameConverter(name -> TABLE_PREFIX + name), new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(), new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(), new AtlassianUniqueNameConverter());
        return new EntityManagerStore(new EntityManager(provider, new EntityManagerConfiguration() {
            @Override
            public boolean useWeakCache() {
                return false;
            }

            @Override
            public NameConverters getNameConverters() {
                return names;
            }

            @Override
            public SchemaConfiguration getSchemaConfiguration() {
                return new DefaultSchemaConfiguration();
            }

            @Override
            public EntityInfoResolverFactory getEntityInfoResolverFactory() {
                return new CachingEntityInfoResolverFactory();
            }
        }));
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
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return call(() -> manager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call(() -> manager.find(type, query));
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
