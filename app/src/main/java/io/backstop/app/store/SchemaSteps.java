package io.backstop.app.store;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import net.java.ao.RawEntity;

/**
 * The versioned steps that bring a database to the current schema, assembled from the parts the features
 * contribute. Step {@code v} migrates every entity of the parts that exist at {@code v} (the settings' own table
 * first), then applies the data changes the parts name for {@code v}, the features' in their order, the settings'
 * last. Each step is applied once, in order; the version reached is kept in {@link SettingStore}. The plugin runs
 * the same steps from its AO upgrade tasks.
 */
public final class SchemaSteps {

    public static final String VERSION_SETTING = "schema.version";

    /** A change of the schema or of stored data, from {@code version - 1} to {@code version}. */
    public interface UpgradeStep {
        int version();

        void apply(EntityStore store);
    }

    /** The settings' table, which keeps the version reached; step 7 gives old documents a revision. */
    private static final SchemaPart SETTINGS = SchemaPart.since(1, SettingEntity.class)
            .changeAt(7, store -> new SettingStore(store).backfillRevisions());

    private final List<SchemaPart> features;
    private final List<UpgradeStep> steps;

    public SchemaSteps(List<SchemaPart> features) {
        this.features = List.copyOf(features);
        SortedSet<Integer> versions = new TreeSet<>(SETTINGS.versions());
        features.forEach(part -> versions.addAll(part.versions()));
        List<UpgradeStep> list = new ArrayList<>();
        versions.forEach(version -> list.add(step(version)));
        this.steps = List.copyOf(list);
    }

    public List<UpgradeStep> steps() {
        return steps;
    }

    /** Every entity of the current schema; each step migrates the whole set it knows. */
    public Class<? extends RawEntity<?>>[] entities() {
        return entitiesAt(currentVersion());
    }

    public int currentVersion() {
        return steps.get(steps.size() - 1).version();
    }

    /** Brings the store up to date; safe to call at every start. Returns the version found before. */
    public int upgrade(EntityStore store) {
        store.migrate(SettingEntity.class);
        SettingStore settings = new SettingStore(store);
        int found = settings.read(VERSION_SETTING).map(Integer::parseInt).orElse(0);
        for (UpgradeStep step : steps) {
            if (step.version() > found) {
                step.apply(store);
                settings.write(VERSION_SETTING, Integer.toString(step.version()));
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private Class<? extends RawEntity<?>>[] entitiesAt(int version) {
        List<Class<? extends RawEntity<?>>> list = new ArrayList<>(SETTINGS.entities());
        features.stream().filter(part -> part.since() <= version).forEach(part -> list.addAll(part.entities()));
        return list.toArray(Class[]::new);
    }

    private UpgradeStep step(int version) {
        Class<? extends RawEntity<?>>[] entities = entitiesAt(version);
        List<Consumer<EntityStore>> changes = new ArrayList<>();
        features.forEach(part -> part.changeAt(version).ifPresent(changes::add));
        SETTINGS.changeAt(version).ifPresent(changes::add);
        return new UpgradeStep() {
            @Override
            public int version() {
                return version;
            }

            @Override
            public void apply(EntityStore store) {
                store.migrate(entities);
                changes.forEach(change -> change.accept(store));
            }
        };
    }
}
