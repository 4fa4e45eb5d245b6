package io.backstop.app.results.suspected;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.Schema;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.app.store.SchemaSteps;
import io.backstop.app.store.SettingStore;
import io.backstop.app.testing.TestHost;
import io.backstop.core.complaint.suspect.Signal;
import io.backstop.core.complaint.suspect.Suspicion;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Schema step 11: the suspected complaints' table, on a database of step 9 that keeps its data. */
class SuspicionSchemaTest {

    private static final Instant AT = Instant.parse("2026-11-02T07:00:00Z");

    private final EntityManagerStore store = TestHost.memoryDatabase();

    @AfterEach
    void close() {
        store.close();
    }

    /** A database as step 9 left it: every step up to 9 applied, with a setting of its own. */
    private void atStepNine() {
        Schema.STEPS.stream().filter(step -> step.version() <= 9).forEach(step -> step.apply(store));
        SettingStore settings = new SettingStore(store);
        settings.write(SchemaSteps.VERSION_SETTING, "9");
        settings.write("kept", "yes");
    }

    @Test
    void aDatabaseOfStepNineGetsTheSuspicionsAndKeepsItsData() {
        atStepNine();

        assertThat(Schema.upgrade(store)).isEqualTo(9);

        assertThat(new SettingStore(store).read("kept")).contains("yes");
        SuspicionStore suspicions = new SuspicionStore(store);
        suspicions.add("WEB-1", "Romashka", "ivanova", AT, new Suspicion(List.of(Signal.repeat()), "Hello?"));
        assertThat(suspicions.has("WEB-1", AT)).isTrue();
        assertThat(Schema.upgrade(store)).isEqualTo(Schema.currentVersion());
    }

    /**
     * The table as step 11 made it, frozen here: rows written then stay readable whatever the entity becomes later
     * (a later step that changes the entity must migrate them, and this test says so).
     */
    @Preload
    @Table("RES_SUSPICION")
    public interface SuspicionAtStep11 extends Entity {
        @NotNull
        @Indexed
        String getIssueKey();

        void setIssueKey(String issueKey);

        String getClient();

        void setClient(String client);

        @NotNull
        String getAbout();

        void setAbout(String about);

        @NotNull
        @Indexed
        Long getWrittenAt();

        void setWrittenAt(Long writtenAt);

        @StringLength(StringLength.UNLIMITED)
        String getExcerpt();

        void setExcerpt(String excerpt);

        @NotNull
        @StringLength(StringLength.UNLIMITED)
        String getSignals();

        void setSignals(String signals);

        @NotNull
        @Indexed
        String getState();

        void setState(String state);

        String getDecidedBy();

        void setDecidedBy(String decidedBy);

        @Indexed
        Long getDecidedAt();

        void setDecidedAt(Long decidedAt);

        @StringLength(StringLength.UNLIMITED)
        String getReason();

        void setReason(String reason);

        Integer getComplaintId();

        void setComplaintId(Integer complaintId);
    }

    @Test
    void rowsOfStepElevenAreReadByTodaysStore() {
        atStepNine();
        store.migrate(SuspicionAtStep11.class);
        Map<String, Object> row = new HashMap<>();
        row.put("ISSUE_KEY", "WEB-1");
        row.put("ABOUT", "ivanova");
        row.put("WRITTEN_AT", AT.toEpochMilli());
        row.put("EXCERPT", "Безобразие!");
        row.put("SIGNALS", "[{\"kind\":\"WORD\",\"word\":\"безобраз*\"},{\"kind\":\"REPEAT\"}]");
        row.put("STATE", "DISMISSED");
        row.put("DECIDED_BY", "head");
        row.put("DECIDED_AT", AT.plusSeconds(60).toEpochMilli());
        row.put("REASON", "a joke");
        store.create(SuspicionAtStep11.class, row);

        Schema.upgrade(store);

        assertThat(new SuspicionStore(store).dismissedBetween(AT, AT.plusSeconds(3600))).singleElement()
                .satisfies(s -> {
                    assertThat(s.signals()).containsExactly(Signal.word("безобраз*"), Signal.repeat());
                    assertThat(s.reason()).contains("a joke");
                    assertThat(s.client()).isEmpty();
                    assertThat(s.state()).isEqualTo(SuspicionState.DISMISSED);
                });
    }
}
