package io.backstop.app.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import net.java.ao.RawEntity;

/**
 * A feature's share of the schema: its entities, the version that brought them, and the later versions at which
 * they change (a migration of every entity, perhaps with a change of stored data).
 */
public record SchemaPart(int since, List<Class<? extends RawEntity<?>>> entities,
                         SortedMap<Integer, Consumer<EntityStore>> changes) {

    private static final Consumer<EntityStore> MIGRATE_ONLY = store -> { };

    public SchemaPart {
        entities = List.copyOf(entities);
        changes = new TreeMap<>(changes);
    }

    @SafeVarargs
    public static SchemaPart since(int version, Class<? extends RawEntity<?>>... entities) {
        return new SchemaPart(version, List.of(entities), new TreeMap<>());
    }

    /** The entities change at {@code version}: migrating them again is the whole step. */
    public SchemaPart migrateAt(int version) {
        return changeAt(version, MIGRATE_ONLY);
    }

    /** At {@code version}, after the migration, {@code change} changes stored data. */
    public SchemaPart changeAt(int version, Consumer<EntityStore> change) {
        SortedMap<Integer, Consumer<EntityStore>> next = new TreeMap<>(changes);
        next.put(version, change);
        return new SchemaPart(since, entities, next);
    }

    Set<Integer> versions() {
        SortedSet<Integer> versions = new TreeSet<>(changes.keySet());
        versions.add(since);
        return versions;
    }

    Optional<Consumer<EntityStore>> changeAt(int version) {
        return Optional.ofNullable(changes.get(version)).filter(change -> change != MIGRATE_ONLY);
    }
}
