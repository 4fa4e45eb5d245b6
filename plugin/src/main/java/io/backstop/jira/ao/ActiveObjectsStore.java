package io.backstop.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.backstop.app.store.EntityStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The app's {@link EntityStore} over Jira's Active Objects facade. Nothing here touches the database until it is
 * called, so the Spring context can create it while Active Objects is still starting.
 */
@Named("backstopEntityStore")
public final class ActiveObjectsStore implements EntityStore {

    private final ActiveObjects ao;

    @Inject
    public ActiveObjectsStore(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    @SafeVarargs
    @SuppressWarnings("varargs")
    public final void migrate(Class<? extends RawEntity<?>>... types) {
        ao.migrate(types);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return ao.create(type, values);
    }

    @Override
    public <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows) {
        ao.create(type, rows);
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return ao.get(type, key);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return ao.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, Consumer<T> each) {
        ao.stream(type, query, each::accept);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return ao.count(type, query);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        ao.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return ao.deleteWithSQL(type, criteria, parameters);
    }

    /** Jira's transaction template joins a transaction already under way, so nesting is safe. */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }
}
