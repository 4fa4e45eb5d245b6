package io.backstop.app.store;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The part of Active Objects Backstop uses, as a port: Jira's {@code ActiveObjects} facade in the plugin, an
 * {@code EntityManager} over H2 in the sandbox and the tests. Methods mirror the facade's names and shapes.
 */
public interface EntityStore {

    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... types);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values);

    /**
     * Inserts every row in one batched statement (the facade's {@code create(Class, List)}); the rows' ids are not
     * returned. A row leaves out the columns it has no value for.
     */
    <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    /**
     * Hands each row {@code query} selects to {@code each} as a read-only entity, without keeping them (the facade's
     * {@code stream}): much cheaper per row than {@link #find} for lists that are only read. {@code query} must name
     * its columns. This default reads through {@link #find}.
     */
    default <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, Consumer<T> each) {
        for (T entity : find(type, query)) {
            each.accept(entity);
        }
    }

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    /** Runs {@code work} in one database transaction and returns its result. */
    <T> T inTransaction(Supplier<T> work);
}
