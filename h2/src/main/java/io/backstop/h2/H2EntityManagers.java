package io.backstop.h2;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.DatabaseProvider;
import net.java.ao.DefaultSchemaConfiguration;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
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
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Active Objects entity managers over embedded H2, with Jira's naming (tables {@code AO_xxxxxx_NAME}, upper-snake
 * columns) and H2's own connection pool: opening an H2 connection per statement, as AO's builder does without a
 * pool, costs more than the statement.
 */
public final class H2EntityManagers {

    /** The prefix Jira derives from the plugin's AO namespace ({@code io.backstop}), so a dump reads the same. */
    public static final String TABLE_PREFIX = "AO_1271C8_";

    private static final AtomicInteger MEMORY_DATABASES = new AtomicInteger();

    private H2EntityManagers() {
    }

    /** An entity manager over the database at {@code jdbcUrl}; dispose its provider to release the pool. */
    public static EntityManager open(String jdbcUrl) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl, "sa", "");
        pool.setMaxConnections(64);
        DatabaseProvider provider = new H2DatabaseProvider(
                DelegatingDisposableDataSourceHandler.newInstance(pool, pool::dispose),
                "PUBLIC"); // without the schema AO scans H2's INFORMATION_SCHEMA and fails
        NameConverters names = new SimpleNameConverters(
                new AtlassianTableNameConverter(name -> TABLE_PREFIX + name), new AtlassianFieldNameConverter(),
                new AtlassianSequenceNameConverter(), new AtlassianTriggerNameConverter(),
                new AtlassianIndexNameConverter(), new AtlassianUniqueNameConverter());
        return new EntityManager(provider, new EntityManagerConfiguration() {
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
        });
    }

    /**
     * Makes every commit reach the database file before the commit returns (H2's {@code WRITE_DELAY 0}). By
     * default H2's MVStore writes committed changes out up to 500 ms later, so a process killed in that time loses
     * writes it had already answered. Set once for the database before the pool opens (as a URL setting every new
     * session would run it), for as long as it stays open ({@code DB_CLOSE_DELAY=-1}). The file is written, not
     * forced to the disk: a commit survives the process being killed, not the machine losing power.
     */
    public static void writeEveryCommit(String jdbcUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("SET WRITE_DELAY 0");
        }
    }

    /** A fresh in-memory database that lives until the JVM ends. */
    public static EntityManager inMemory() {
        return open("jdbc:h2:mem:backstop" + MEMORY_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    }
}
