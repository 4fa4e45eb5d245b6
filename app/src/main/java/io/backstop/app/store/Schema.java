package io.backstop.app.store;

import io.backstop.app.results.ClientOperationEntity;
import io.backstop.app.library.AnsweredEntity;
import io.backstop.app.library.LibraryEntryEntity;
import io.backstop.app.library.LibraryWordEntity;
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

    /** The answer library (version 3): entries, their word index, the traces of answered questions. */
    @SuppressWarnings("unchecked")
    private static final Class<? extends net.java.ao.RawEntity<?>>[] LIBRARY = new Class[] {
        LibraryEntryEntity.class, LibraryWordEntity.class, AnsweredEntity.class
    };

    public static final List<UpgradeStep> STEPS = List.of(
            step(1, store -> store.migrate(ENTITIES)),
            step(2, store -> store.migrate(join(ENTITIES, RESULTS))),
            // 3: the answer library's entries, word index and traces of answered questions.
            step(3, store -> store.migrate(entities())),
            // 4: absences get a status, the moment they were handed in, who decided and why (part-day requests).
            // Existing rows keep nulls there and read as approved, handed in at an unknown moment.
            step(4, store -> store.migrate(entities())),
            step(5, store -> store.migrate(entities())), // CLOCK.WRITER: the row lock of a clock change
            // Operations per client (cheap orders), dunning steps, and the day each settled invoice was settled.
            step(6, store -> {
                store.migrate(entities());
                new ResultsStore(store).backfillSettledOn();
            }),
            // CLOCK.AWAY_FROM (the end of an absence reads only the work held away) and SETTING.REVISION (a node
            // learns of a settings change without reading the document).
            step(7, store -> {
                store.migrate(entities());
                new ClockStore(store).backfillAwayFrom();
                new SettingStore(store).backfillRevisions();
            }),
            // CLOCK.ISSUE_KEY loses its @Indexed (its unique constraint is the index; Oracle refuses both,
            // ORA-01408): migrating again lets Active Objects drop the redundant index where a database has it.
            step(8, store -> store.migrate(entities())));

    private Schema() {
    }

    /** Every entity of the current schema; each step migrates the whole set it knows. */
    public static Class<? extends net.java.ao.RawEntity<?>>[] entities() {
        return join(ENTITIES, RESULTS, LIBRARY);
    }

    @SafeVarargs
    @SuppressWarnings("unchecked")
    private static Class<? extends net.java.ao.RawEntity<?>>[] join(Class<? extends net.java.ao.RawEntity<?>>[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(Class[]::new);
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
