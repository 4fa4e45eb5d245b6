package io.backstop.jira.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.scheduler.status.RunOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.response.TickGrid;
import io.backstop.app.json.ScenarioJson;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.response.ClockEvent;
import io.backstop.app.response.ClockStore;
import io.backstop.app.response.WatchedClocks;
import io.backstop.core.replay.Replay;
import io.backstop.core.replay.ReplayResult;
import io.backstop.core.replay.Scenario;
import io.backstop.core.replay.ScenarioEvent;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.jira.testing.FakeJira.Assignment;
import io.backstop.jira.testing.PluginHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scenario run through the plugin (Jira's events into the listener, the watcher job on Jira's scheduler, Jira's
 * issue service and comments mocked, Active Objects on H2) moves the same issues, between the same people, at the
 * same moments, for the same reasons, as the core's replay - which is what the sandbox's {@code simulate} prints
 * (the example week's printed result is in {@code examples/department-week.result.json} and is checked too).
 */
class ScenarioThroughPluginTest {

    private static final String STAFF = "backstop-staff";

    @ParameterizedTest
    @ValueSource(strings = {"../app/src/test/resources/scenarios/worked-example.json",
            "../examples/department-week.json"})
    void thePluginMovesTheSameIssuesAsTheReplay(String file) throws Exception {
        Scenario scenario = ScenarioJson.read(Files.readString(Path.of(file)));
        ReplayResult expected = Replay.run(scenario);
        assertThat(expected.reassignments()).isNotEmpty();

        PluginHarness plugin = new Driver(scenario).run();

        Instant end = scenario.until().plusSeconds(1);
        List<ClockEvent> audit = plugin.backstop.views().audit(Instant.EPOCH, end);
        assertThat(audit).map(e -> List.<Object>of(e.at(), e.issue(), e.from(), e.to(), e.reason()))
                .containsExactlyElementsOf(expected.reassignments().stream()
                        .map(r -> List.<Object>of(r.at(), r.issue(), r.from(), r.to(), r.reason().name())).toList());
        assertThat(plugin.jira.assignments).map(a -> List.of(a.issue(), a.from(), a.to()))
                .containsExactlyElementsOf(expected.reassignments().stream()
                        .map(r -> List.of(r.issue(), r.from(), r.to())).toList());
        assertThat(plugin.jira.assignments).extracting(Assignment::actor).containsOnly(scenario.people().stream()
                .filter(p -> p.role() == Role.HEAD).map(Person::name).findFirst().orElseThrow());
        assertThat(plugin.jira.notes).hasSize(expected.reassignments().size())
                .allSatisfy(note -> assertThat(note.groupLevel()).isEqualTo(STAFF));
        assertThat(plugin.backstop.views().breaches(Instant.EPOCH, end))
                .map(e -> List.<Object>of(e.issue(), e.awaitingSince(), e.due(), e.at()))
                .containsExactlyElementsOf(expected.breaches().stream()
                        .map(b -> List.<Object>of(b.issue(), b.awaitingSince(), b.due(), b.detectedAt())).toList());
        assertThat(plugin.backstop.views().queue(scenario.until())).map(s -> s.clock())
                .containsExactlyElementsOf(expected.queue());
        for (Assignment last : plugin.jira.assignments) {
            // Jira ends up where the clocks say
            String stored = plugin.backstop.views().clock(last.issue()).orElseThrow().clock().assignee();
            assertThat(plugin.jira.assigneeOf(last.issue())).isEqualTo(stored);
        }

        Path printed = Path.of(file.replace(".json", ".result.json"));
        if (Files.exists(printed)) {
            JsonNode sandbox = new ObjectMapper().readTree(printed.toFile()).get("reassignments");
            List<List<Object>> fromSandbox = new ArrayList<>();
            sandbox.forEach(r -> fromSandbox.add(List.of(OffsetDateTime.parse(r.get("at").asText()).toInstant(),
                    r.get("issue").asText(), r.get("from").asText(), r.get("to").asText(), r.get("reason").asText())));
            assertThat(audit).map(e -> List.<Object>of(e.at(), e.issue(), e.from(), e.to(), e.reason()))
                    .containsExactlyElementsOf(fromSandbox);
        }
    }

    /**
     * Moves time like Jira would: the watcher job runs on the tick grid (only at ticks where it can find work,
     * which is exact: a tick with nothing due changes nothing), absence boundaries take effect at their instant,
     * and at one instant the order is the spec's rule 8 - absences, then the events, then the tick.
     */
    private static final class Driver {
        final Scenario scenario;
        final PluginHarness plugin;
        final TickGrid grid;
        final ResponseDesk desk;
        final AbsenceStore absences;
        final ClockStore clocks;
        final WatchedClocks watched;
        Instant now;
        boolean tickedAtNow;

        Driver(Scenario scenario) {
            this.scenario = scenario;
            this.plugin = new PluginHarness(scenario.start());
            this.grid = new TickGrid(scenario.start(), scenario.tick());
            this.desk = plugin.backstop.responses();
            this.absences = new AbsenceStore(plugin.store);
            this.clocks = new ClockStore(plugin.store);
            this.watched = new WatchedClocks(plugin.store);
            this.now = scenario.start();
        }

        PluginHarness run() {
            plugin.jira.user("client");
            plugin.department(new DepartmentSettings(scenario.calendar(), scenario.policy(), scenario.people(),
                    scenario.tick(), STAFF));
            for (Absence absence : scenario.absences()) {
                plugin.backstop.staff().add(absence.person(), absence.from(), absence.to(), absence.kind(), "admin",
                        scenario.start());
            }
            for (ScenarioEvent event : scenario.events()) {
                advanceTo(event.at());
                deliver(event);
            }
            advanceTo(scenario.until());
            settle();
            return plugin;
        }

        void deliver(ScenarioEvent event) {
            plugin.clock.set(event.at());
            switch (event.type()) {
                case CREATED -> {
                    plugin.jira.issue(event.issue(), event.issueType(), event.priority(), "client", event.owner(),
                            event.owner(), "Client of " + event.issue(), event.at());
                    plugin.listener.onIssueEvent(plugin.jira.created(event.issue()));
                }
                case CLIENT_MESSAGE -> plugin.listener.onIssueEvent(
                        plugin.jira.commented(event.issue(), "client", event.at()));
                case STAFF_REPLY -> plugin.listener.onIssueEvent(
                        plugin.jira.commented(event.issue(), event.by(), event.at()));
                case RESOLVED -> plugin.listener.onIssueEvent(
                        plugin.jira.resolved(event.issue(), "client", event.at()));
            }
        }

        void advanceTo(Instant to) {
            if (!to.isAfter(now)) {
                return;
            }
            settle();
            while (true) {
                Instant boundary = absences.nextPendingBoundary().filter(b -> !b.isAfter(to)).orElse(null);
                Instant after = now.plusMillis(1);
                Instant tick = watched.earliestWatch()
                        .map(due -> grid.firstAtOrAfter(due.isAfter(after) ? due : after))
                        .filter(t -> t.isBefore(to)).orElse(null);
                if (boundary == null && tick == null) {
                    break;
                }
                if (boundary != null && (tick == null || !boundary.isAfter(tick))) {
                    desk.applyAbsenceBoundaries(boundary); // what the job does first at that instant
                } else {
                    job(tick);
                    now = tick;
                }
            }
            desk.applyAbsenceBoundaries(to);
            now = to;
            tickedAtNow = false;
        }

        void settle() {
            if (!tickedAtNow && grid.isTick(now)) {
                job(now);
            }
            tickedAtNow = true;
        }

        void job(Instant at) {
            assertThat(plugin.runJob(at).getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        }
    }
}
