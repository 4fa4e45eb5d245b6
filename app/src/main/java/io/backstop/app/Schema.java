package io.backstop.app;

import io.backstop.app.promise.PromiseStore;
import io.backstop.app.library.LibraryStore;
import io.backstop.app.response.ClockStore;
import io.backstop.app.results.ResultsDesk;
import io.backstop.app.results.sales.CallNotes;
import io.backstop.app.results.suspected.SuspicionStore;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SchemaSteps;
import java.util.List;
import net.java.ao.RawEntity;

/**
 * Backstop's schema: the settings' table and the parts the features contribute, in this order (the order every
 * step migrates them in). Versions: 1 clocks, their timeline, absences, settings; 2 results; 3 the answer library;
 * 4 absence requests; 5 the clock's row lock; 6 operations per client, dunning, settling days; 7 work held away,
 * settings revisions; 8 the clock's issue key without a second index; 9 reminders and promises (rules 11, 14);
 * 10 complaints' source and last action (the director's log).
 * 11 suspected complaints; 12 campaign call notes (callers and outcomes, issue 17).
 */
public final class Schema {

    public static final String VERSION_SETTING = SchemaSteps.VERSION_SETTING;

    private static final SchemaSteps STEPS_OF_THE_PARTS = new SchemaSteps(List.of(ClockStore.SCHEMA,
            AbsenceStore.SCHEMA, ResultsDesk.SCHEMA, LibraryStore.SCHEMA, PromiseStore.SCHEMA, SuspicionStore.SCHEMA,
            CallNotes.SCHEMA));

    public static final List<SchemaSteps.UpgradeStep> STEPS = STEPS_OF_THE_PARTS.steps();

    private Schema() {
    }

    /** Every entity of the current schema; each step migrates the whole set it knows. */
    public static Class<? extends RawEntity<?>>[] entities() {
        return STEPS_OF_THE_PARTS.entities();
    }

    public static int currentVersion() {
        return STEPS_OF_THE_PARTS.currentVersion();
    }

    /** Brings the store up to date; safe to call at every start. Returns the version found before. */
    public static int upgrade(EntityStore store) {
        return STEPS_OF_THE_PARTS.upgrade(store);
    }
}
