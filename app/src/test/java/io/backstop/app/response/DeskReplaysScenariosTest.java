package io.backstop.app.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.json.ScenarioJson;
import io.backstop.app.promise.PromiseStore;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.testing.TestHost;
import io.backstop.core.replay.Replay;
import io.backstop.core.replay.ReplayResult;
import io.backstop.core.replay.Scenario;
import io.backstop.core.replay.ScenarioEvent;
import io.backstop.core.sla.Reminder;
import io.backstop.core.staff.Absence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The desk, over a real database and driven event by event as a host drives it, does exactly what the replay
 * of the same scenario does: same reassignments, breaches, replies and queue.
 */
class DeskReplaysScenariosTest {

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/scenarios/worked-example.json",
            "src/test/resources/scenarios/worked-example-v2.json", "../examples/department-week.json"})
    void theDeskAgreesWithTheReplay(String file) throws Exception {
        Scenario scenario = ScenarioJson.read(Files.readString(Path.of(file)));
        ReplayResult expected = Replay.run(scenario);

        TestHost host = new TestHost();
        drive(host, scenario);

        Instant end = scenario.until().plusSeconds(1);
        ResponseViews views = host.backstop.views();
        assertThat(views.audit(Instant.EPOCH, end)).map(e -> List.<Object>of(e.at(), e.issue(), e.from(), e.to(), e.reason()))
                .containsExactlyElementsOf(expected.reassignments().stream()
                        .map(r -> List.<Object>of(r.at(), r.issue(), r.from(), r.to(), r.reason().name())).toList());
        assertThat(views.breaches(Instant.EPOCH, end))
                .map(e -> List.<Object>of(e.issue(), e.awaitingSince(), e.due(), e.at(), e.from()))
                .containsExactlyElementsOf(expected.breaches().stream()
                        .map(b -> List.<Object>of(b.issue(), b.awaitingSince(), b.due(), b.detectedAt(), b.heldBy()))
                        .toList());
        assertThat(new PromiseStore(host.store).madeBetween(Instant.EPOCH, end))
                .containsExactlyElementsOf(expected.promises());
        assertThat(new ClockEventStore(host.store).ofKind(ClockEventKind.REMINDER, Instant.EPOCH, end))
                .map(e -> new Reminder(e.issue(), e.at(), e.to(), e.due()))
                .containsExactlyElementsOf(expected.reminders());
        assertThat(new ClockEventStore(host.store).ofKind(ClockEventKind.STAFF_REPLY, Instant.EPOCH, end).stream()
                .filter(e -> e.workingSeconds() != null)
                .map(e -> List.<Object>of(e.issue(), e.awaitingSince(), e.at(), e.actor(), e.workingSeconds(), e.onTime())))
                .containsExactlyElementsOf(expected.replies().stream()
                        .map(r -> List.<Object>of(r.issue(), r.awaitingSince(), r.repliedAt(), r.by(),
                                r.waited().getSeconds(), r.onTime())).toList());
        assertThat(views.queue(scenario.until())).map(s -> s.clock())
                .containsExactlyElementsOf(expected.queue());
        assertThat(host.tracker.assignments).hasSize(expected.reassignments().size());
    }

    /** Posts each event at its own instant, as a host's tracker would, moving a manual clock in between. */
    static void drive(TestHost host, Scenario scenario) {
        host.backstop.settings().replace(new DepartmentSettings(scenario.calendar(), scenario.policy(),
                scenario.people(), scenario.tick(), "backstop-staff"));
        ResponseDesk desk = host.backstop.responses();
        ClockDriver clock = new ClockDriver(desk, () -> new TickGrid(scenario.start(), scenario.tick()),
                scenario.start());
        for (Absence absence : scenario.absences()) {
            host.backstop.staff().add(absence.person(), absence.from(), absence.to(), absence.kind(), "admin",
                    scenario.start());
        }
        for (ScenarioEvent event : scenario.events()) {
            clock.advanceTo(event.at());
            IssueFacts facts = new IssueFacts(event.issue(), event.issueType(), event.priority(), event.owner(),
                    "Client of " + event.issue());
            switch (event.type()) {
                case CREATED -> desk.issueCreated(facts, "client", event.at());
                case CLIENT_MESSAGE -> desk.commentAdded(facts, "client", false, event.at());
                case STAFF_REPLY -> desk.commentAdded(facts, event.by(), false, event.at(), event.reply().holding()
                        ? new ReplyFacts(null, true, event.reply().promise(), null) : ReplyFacts.UNKNOWN);
                case RESOLVED -> desk.issueResolved(event.issue(), event.at());
            }
        }
        clock.advanceTo(scenario.until());
        clock.settle();
    }
}
