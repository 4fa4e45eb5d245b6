package io.backstop.app.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.testing.TestHost;
import io.backstop.core.replay.RandomScenarios;
import io.backstop.core.replay.Replay;
import io.backstop.core.replay.ReplayResult;
import io.backstop.core.replay.Scenario;
import io.backstop.core.sla.Reminder;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * On random departments and event streams (DST weeks, holidays, absences touching events and ticks), the desk over
 * a real database agrees with the replay on every reassignment, breach and the queue.
 */
class DeskReplaysRandomScenariosTest {

    @Property(tries = 40)
    void theDeskAgreesWithTheReplay(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        Scenario scenario = RandomScenarios.generate(seed).scenario();
        ReplayResult expected = Replay.run(scenario);

        TestHost host = new TestHost();
        DeskReplaysScenariosTest.drive(host, scenario);

        Instant end = scenario.until().plusSeconds(1);
        ResponseViews views = host.backstop.views();
        assertThat(views.audit(Instant.EPOCH, end))
                .map(e -> List.<Object>of(e.at(), e.issue(), e.from(), e.to(), e.reason()))
                .as("seed %d", seed)
                .containsExactlyElementsOf(expected.reassignments().stream()
                        .map(r -> List.<Object>of(r.at(), r.issue(), r.from(), r.to(), r.reason().name())).toList());
        assertThat(views.breaches(Instant.EPOCH, end))
                .map(e -> List.<Object>of(e.issue(), e.awaitingSince(), e.due(), e.at(), e.from()))
                .as("seed %d", seed)
                .containsExactlyElementsOf(expected.breaches().stream()
                        .map(b -> List.<Object>of(b.issue(), b.awaitingSince(), b.due(), b.detectedAt(), b.heldBy()))
                        .toList());
        assertThat(views.promises(Instant.EPOCH, end)).as("seed %d", seed)
                .containsExactlyElementsOf(expected.promises());
        assertThat(new ClockEventStore(host.store).ofKind(ClockEventKind.REMINDER, Instant.EPOCH, end))
                .map(e -> new Reminder(e.issue(), e.at(), e.to(), e.due())).as("seed %d", seed)
                .containsExactlyElementsOf(expected.reminders());
        assertThat(views.queue(scenario.until())).map(s -> s.clock()).as("seed %d", seed)
                .containsExactlyElementsOf(expected.queue());
    }
}
