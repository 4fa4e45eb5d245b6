package io.backstop.app.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.Backstop;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.app.testing.FaultyStore;
import io.backstop.app.testing.SharedTracker;
import io.backstop.app.testing.TestHost;
import io.backstop.core.sla.ResponseClock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a tick does when something fails in the middle of a change: a node that dies leaves the clock as it was
 * for the next tick; a tracker that fails is retried; a tracker that refuses is recorded and not asked again; an
 * issue deleted under Backstop's feet closes its clock. Nothing is lost, nothing happens twice, nothing stays stuck.
 */
class FaultsTest {

    private static final String DEPARTMENT = """
            {
              "calendar": {
                "zone": "Europe/Moscow",
                "week": {
                  "MON": ["09:00-18:00"], "TUE": ["09:00-18:00"], "WED": ["09:00-18:00"],
                  "THU": ["09:00-18:00"], "FRI": ["09:00-18:00"]
                },
                "holidays": []
              },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "ivanova", "role": "MANAGER", "deputies": ["petrova"] },
                { "name": "petrova", "role": "MANAGER", "deputies": ["ivanova"] }
              ],
              "tick": "PT5M"
            }
            """;
    private static final Instant TEN = at("2026-11-02T10:00");
    private static final Instant ELEVEN = at("2026-11-02T11:00");
    private static final Instant ELEVEN_05 = at("2026-11-02T11:05");
    private static final Instant WEEK_LATER = at("2026-11-09T11:00");

    private EntityManagerStore database;
    private FaultyStore store;
    private final SharedTracker tracker = new SharedTracker();
    private Backstop backstop;

    private static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }

    @BeforeEach
    void department() {
        database = TestHost.memoryDatabase();
        start();
        backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        for (String key : List.of("WEB-1", "WEB-2")) {
            backstop.responses().issueCreated(new IssueFacts(key, "Client request", "Medium", "ivanova", "Acme"),
                    "client", TEN);
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** A node process (re)started on the database. */
    private void start() {
        store = new FaultyStore(database);
        backstop = new Backstop(store, tracker.node("a"), new TestHost.OpenDirectory(), TestHost.directLocks(),
                ZoneId.of("Europe/Moscow"));
    }

    private List<ClockEvent> audit() {
        return backstop.views().audit(Instant.EPOCH, WEEK_LATER);
    }

    private List<ClockEvent> breaches() {
        return backstop.views().breaches(Instant.EPOCH, WEEK_LATER);
    }

    private ResponseClock clock(String issue) {
        return backstop.views().clock(issue).orElseThrow().clock();
    }

    @Test
    void aNodeKilledBeforeTellingTheTrackerLeavesTheClockForTheNextTick() {
        store.dieAtFind(ClockEntity.class, 1); // taking the due clocks' rows: nothing decided, written or told

        // The dying node's tick reports both clocks of its batch as not done.
        assertThat(backstop.responses().tick(ELEVEN)).isEqualTo(new ResponseDesk.TickReport(0, 0, 2));
        assertThat(store.dead()).isTrue();
        start();

        assertThat(tracker.calls()).isEmpty();
        assertThat(audit()).isEmpty();
        assertThat(breaches()).isEmpty();
        assertThat(clock("WEB-1").assignee()).isEqualTo("ivanova");
        assertThat(clock("WEB-1").breached()).isFalse();

        ResponseDesk.TickReport next = backstop.responses().tick(ELEVEN_05);

        assertThat(next).isEqualTo(new ResponseDesk.TickReport(2, 2, 0));
        assertThat(tracker.moves()).containsExactly("WEB-1->operator", "WEB-2->operator");
        assertThat(tracker.calls()).hasSize(2);
        assertThat(audit()).extracting(ClockEvent::issue, ClockEvent::at)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WEB-1", ELEVEN_05),
                        org.assertj.core.groups.Tuple.tuple("WEB-2", ELEVEN_05));
        assertThat(breaches()).hasSize(2);
        assertThat(tracker.notes()).containsExactly("WEB-1", "WEB-2");
    }

    @Test
    void aNodeKilledAfterTheTrackerCallsIsRepeatedByTheNextTickWithoutASecondMove() {
        // The batch's timeline rows, written after the tracker was told of both moves.
        store.dieAtCreation(ClockEventEntity.class, 1);

        assertThat(backstop.responses().tick(ELEVEN)).isEqualTo(new ResponseDesk.TickReport(0, 0, 2));
        assertThat(store.dead()).isTrue();
        start();

        // The tracker moved both; the database knows nothing of it, and no note went out.
        assertThat(tracker.moves()).containsExactly("WEB-1->operator", "WEB-2->operator");
        assertThat(audit()).isEmpty();
        assertThat(breaches()).isEmpty();
        assertThat(tracker.notes()).isEmpty();
        assertThat(clock("WEB-1").isDueAt(ELEVEN_05)).isTrue();

        backstop.responses().tick(ELEVEN_05);

        assertThat(tracker.calls()).extracting(SharedTracker.Call::issue)
                .containsExactly("WEB-1", "WEB-2", "WEB-1", "WEB-2");
        assertThat(tracker.moves()).containsExactly("WEB-1->operator", "WEB-2->operator");
        assertThat(audit()).extracting(ClockEvent::issue).containsExactly("WEB-1", "WEB-2");
        assertThat(breaches()).extracting(ClockEvent::issue).containsExactly("WEB-1", "WEB-2");
        assertThat(tracker.notes()).containsExactly("WEB-1", "WEB-2");
        assertThat(clock("WEB-1").assignee()).isEqualTo("operator");
    }

    @Test
    void aTrackerFailingRatherThanRefusingIsRetriedByTheNextTickAndTheOthersGoOn() {
        tracker.failNextAssign("WEB-1");

        ResponseDesk.TickReport first = backstop.responses().tick(ELEVEN);

        assertThat(first).isEqualTo(new ResponseDesk.TickReport(1, 1, 1));
        assertThat(tracker.moves()).containsExactly("WEB-2->operator");
        assertThat(audit()).extracting(ClockEvent::issue).containsExactly("WEB-2");
        assertThat(clock("WEB-1").isDueAt(ELEVEN_05)).isTrue();

        ResponseDesk.TickReport next = backstop.responses().tick(ELEVEN_05);

        assertThat(next).isEqualTo(new ResponseDesk.TickReport(1, 1, 0));
        assertThat(tracker.moves()).containsExactly("WEB-2->operator", "WEB-1->operator");
        assertThat(audit()).extracting(ClockEvent::issue).containsExactly("WEB-2", "WEB-1");
        assertThat(backstop.responses().tick(ELEVEN_05.plusSeconds(300))).isEqualTo(new ResponseDesk.TickReport(0, 0, 0));
    }

    @Test
    void anIssueDeletedBetweenReadAndWriteClosesItsClockAndTheAuditSaysWhy() {
        tracker.delete("WEB-1");

        ResponseDesk.TickReport report = backstop.responses().tick(ELEVEN);

        assertThat(report.failed()).isZero();
        assertThat(audit()).filteredOn(row -> row.issue().equals("WEB-1")).singleElement()
                .satisfies(row -> assertThat(row.detail()).contains("not applied", "no issue WEB-1"));
        assertThat(clock("WEB-1").open()).isFalse();
        assertThat(backstop.views().queue(ELEVEN_05)).extracting(s -> s.clock().issue()).containsExactly("WEB-2");
        assertThat(tracker.moves()).containsExactly("WEB-2->operator");

        backstop.responses().tick(ELEVEN_05);
        backstop.responses().tick(WEEK_LATER);

        assertThat(audit()).hasSize(2);
        assertThat(tracker.calls()).hasSize(1);
    }

    @Test
    void aDeactivatedUserIsNotAssignedTheRefusalIsAuditedAndNotRetried() {
        tracker.deactivate("operator");

        ResponseDesk.TickReport report = backstop.responses().tick(ELEVEN);

        assertThat(report).isEqualTo(new ResponseDesk.TickReport(2, 2, 0));
        assertThat(audit()).hasSize(2).allSatisfy(row ->
                assertThat(row.detail()).contains("not applied", "no active user operator"));
        assertThat(breaches()).hasSize(2);
        assertThat(clock("WEB-1").assignee()).isEqualTo("ivanova");
        assertThat(clock("WEB-1").breached()).isTrue();
        assertThat(clock("WEB-1").open()).isTrue();
        // Not stuck: the breach is in the operator's queue, and a staff reply ends the wait as usual.
        assertThat(backstop.views().queue(ELEVEN_05)).hasSize(2);
        backstop.responses().tick(ELEVEN_05);
        assertThat(audit()).hasSize(2);
        assertThat(tracker.calls()).isEmpty();

        backstop.responses().commentAdded(new IssueFacts("WEB-1", "Client request", "Medium", "ivanova", "Acme"),
                "ivanova", false, ELEVEN_05.plusSeconds(60));
        assertThat(clock("WEB-1").isAwaiting()).isFalse();
        assertThat(backstop.views().queue(ELEVEN_05.plusSeconds(120))).extracting(s -> s.clock().issue())
                .containsExactly("WEB-2");
    }
}
