package io.backstop.app.results.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.Schema;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.app.store.SettingEntity;
import io.backstop.app.store.SettingStore;
import io.backstop.app.testing.TestHost;
import io.backstop.core.complaint.ComplaintSource;
import io.backstop.core.complaint.ComplaintState;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.Test;

/**
 * Schema step 10 on a database that schema step 9 left: the complaints' table as it was then (a frozen copy of the
 * entity, without SOURCE and ACTED_AT), rows written through it, then the upgrade.
 */
class ComplaintSchemaStep10Test {

    private static final Instant FLAGGED = Instant.parse("2026-10-05T07:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-10-06T08:00:00Z");

    /** {@code RES_COMPLAINT} as schema steps 2 to 9 made it: frozen here, whatever the entity becomes. */
    @Table("RES_COMPLAINT")
    interface ComplaintEntityAtStep9 extends Entity {
        @NotNull
        String getClient();

        @NotNull
        String getIssueKey();

        String getCommentRef();

        @NotNull
        String getAbout();

        @NotNull
        String getFlaggedBy();

        @NotNull
        Long getFlaggedAt();

        @NotNull
        String getState();

        @NotNull
        @StringLength(StringLength.UNLIMITED)
        String getHistory();
    }

    private static void oldRow(EntityManagerStore store, String issue, String state, String history) {
        Map<String, Object> values = new HashMap<>();
        values.put("CLIENT", "Acme");
        values.put("ISSUE_KEY", issue);
        values.put("ABOUT", "ivanova");
        values.put("FLAGGED_BY", "operator");
        values.put("FLAGGED_AT", FLAGGED.toEpochMilli());
        values.put("STATE", state);
        values.put("HISTORY", history);
        store.create(ComplaintEntityAtStep9.class, values);
    }

    @Test
    void olderComplaintsWereFlaggedByHandAndTheirLastActionIsFoundInTheirHistory() {
        EntityManagerStore store = TestHost.memoryDatabase();
        store.migrate(SettingEntity.class, ComplaintEntityAtStep9.class);
        new SettingStore(store).write(Schema.VERSION_SETTING, "9");
        oldRow(store, "WEB-1", "OPEN", "[{\"action\":\"FLAG\",\"by\":\"operator\",\"at\":" + FLAGGED.toEpochMilli() + "}]");
        oldRow(store, "WEB-2", "CLOSED", "[{\"action\":\"FLAG\",\"by\":\"operator\",\"at\":" + FLAGGED.toEpochMilli()
                + "},{\"action\":\"CLOSE\",\"by\":\"head\",\"at\":" + CLOSED.toEpochMilli() + "}]");

        assertThat(Schema.upgrade(store)).isEqualTo(9);

        ComplaintStore complaints = new ComplaintStore(store);
        List<StoredComplaint> all = complaints.complaints(FLAGGED, CLOSED);
        assertThat(all).extracting(c -> c.complaint().source()).containsOnly(ComplaintSource.MANUAL);
        assertThat(all).extracting(c -> c.complaint().state()).containsExactly(ComplaintState.OPEN, ComplaintState.CLOSED);
        assertThat(complaints.actedOnSince(CLOSED)).extracting(c -> c.complaint().issue()).containsExactly("WEB-2");
        assertThat(complaints.actedOnSince(CLOSED.plusMillis(1))).isEmpty();
        assertThat(all.get(1).complaint().lastChange().reason()).as("closed before reasons were asked").isEmpty();
        assertThat(complaints.backfillSourceAndActedAt()).as("the step ran once; nothing is left to fill").isZero();
        assertThat(new SettingStore(store).read(Schema.VERSION_SETTING)).contains(Integer.toString(Schema.currentVersion()));
    }
}
