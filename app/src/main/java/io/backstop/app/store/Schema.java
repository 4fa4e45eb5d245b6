package io.backstop.app.store;

import io.backstop.app.results.ClientOperationEntity;
import io.backstop.app.results.ComplaintEntity;
import io.backstop.app.results.DunningStepEntity;
import io.backstop.app.results.OfferEntity;
import io.backstop.app.results.OperationDayEntity;
import io.backstop.app.results.PaymentEntity;
import io.backstop.app.results.ReceivableEntity;
import io.backstop.app.results.ResultsStore;

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

    /**
     * The department's results (version 2): pre-aggregated operations, offers, receivables, complaints; per-client
     * operations and dunning steps (version 6). Every step migrates all entities, so a step merged in with a lower
     * number than one already applied still gets its tables from the next step that runs.
     */
    @SuppressWarnings("unchecked")
    private static final Class<? extends net.java.ao.RawEntity<?>>[] RESULTS = new Class[] {
        OperationDayEntity.class, OfferEntity.class, ReceivableEntity.class, PaymentEntity.class,
        ComplaintEntity.class, ClientOperationEntity.class, DunningStepEntity.class
    };

    public static final List<UpgradeStep> STEPS = List.of(
            step(1, store -> store.migrate(ENTITIES)),
            step(2, store -> store.migrate(entities())),
            // 3 is taken by the answer library's entities (another branch).
            // 4: absences get a status, the moment they were handed in, who decided and why (part-day requests).
            // Existing rows keep nulls there and read as approved, handed in at an unknown moment.
            step(4, store -> store.migrate(entities())),
            step(5, store -> store.migrate(entities())), // CLOCK.WRITER: the row lock of a clock change
            // Operations per client (cheap orders), dunning steps, and the day each settled invoice was settled.
            step(6, store -> {
                store.migrate(entities());
                new ResultsStore(store).backfillSettledOn();
            }));

    private Schema() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends net.java.ao.RawEntity<?>>[] entities() {
        Class<? extends net.java.ao.RawEntity<?>>[] all = new Class[ENTITIES.length + RESULTS.length];
        System.arraycopy(ENTITIES, 0, all, 0, ENTITIES.length);
        System.arraycopy(RESULTS, 0, all, ENTITIES.length, RESULTS.length);
        return all;
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
