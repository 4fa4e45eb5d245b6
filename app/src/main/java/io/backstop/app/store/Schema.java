package io.backstop.app.store;

import java.util.List;

/**
 * The entities and the versioned steps that bring a database to the current schema. Each step is applied once,
 * in order; the version reached is kept in {@link SettingStore}. The plugin runs the same steps from its AO
 * upgrade tasks.
 */
public final class Schema {

    static final String VERSION_SETTING = "schema.version";

    /** A change of the schema or of stored data, from {@code version - 1} to {@code version}. */
    public interface UpgradeStep {
        int version();

        void apply(EntityStore store);
    }

    @SuppressWarnings("unchecked")
    private static final Class<? extends net.java.ao.RawEntity<?>>[] ENTITIES = new Class[] {
        SettingEntity.class, ClockEntity.class, ClockEventEntity.class, AbsenceEntity.class
    };

    public static final List<UpgradeStep> STEPS = List.of(
            step(1, store -> store.migrate(ENTITIES)));

    private Schema() {
    }

    public static Class<? extends net.java.ao.RawEntity<?>>[] entities() {
        return ENTITIES.clone();
    }

    public static int currentVersion() {
        return STEPS.get(STEPS.size() - 1).version();
    }

    /** Brings the store up to date; safe to call at every start. Returns the version found before. */
    public static int upgrade(EntityStore store) {
        store.migrate(SettingEntity.class);
        SettingStore settings = new SettingStore(store);
        int found = settings.read(VERSION_SETTING).map(Integer::parseInt).orElse(0);
        for (UpgradeStep step : STEPS) {
            if (step.version() > found) {
                step.apply(store);
                settings.write(VERSION_SETTING, Integer.toString(step.version()));
            }
        }
        return found;
    }

    private static UpgradeStep step(int version, java.util.function.Consumer<EntityStore> change) {
        return new UpgradeStep() {
            @Override
            public int version() {
                return version;
            }

            @Override
            public void apply(EntityStore store) {
                change.accept(store);
            }
        };
    }
}
