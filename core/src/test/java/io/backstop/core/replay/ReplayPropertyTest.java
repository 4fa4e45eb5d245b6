package io.backstop.core.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.replay.RandomScenarios.Generated;
import io.backstop.core.sla.Breach;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.Reply;
import io.backstop.core.sla.ResponseClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Properties of Replay.run over random small departments and event streams (see {@link RandomScenarios}): the
 * invariants the spec implies, and agreement with a naive second engine ({@link NaiveReplay}). A failure prints
 * the seed and the whole scenario; {@code RandomScenarios.generate(seed)} rebuilds it.
 */
class ReplayPropertyTest {

    /** Modest, so that the suite stays fast; the agreement with the naive engine gets a few more. */
    private static final int TRIES = 150;

    @Property(tries = 2 * TRIES)
    void agreesWithTheNaiveReferenceEngine(@ForAll long seed) {
        assertAgreement(RandomScenarios.generate(seed));
    }

    /** Replay.run and NaiveReplay.run agree on all six lists of the result. */
    static void assertAgreement(Generated g) {
        ReplayResult actual = Replay.run(g.scenario());
        ReplayResult expected = NaiveReplay.run(g.scenario(), g.calendar());
        assertThat(actual.reassignments()).as("reassignments" + g.description())
                .containsExactlyElementsOf(expected.reassignments());
        assertThat(actual.breaches()).as("breaches" + g.description())
                .containsExactlyElementsOf(expected.breaches());
        assertThat(actual.replies()).as("replies" + g.description())
                .containsExactlyElementsOf(expected.replies());
        assertThat(actual.queue().stream().map(NaiveReplay.Queued::of).toList()).as("queue" + g.description())
                .containsExactlyElementsOf(expected.queue().stream().map(NaiveReplay.Queued::of).toList());
        assertThat(actual.queue().stream().map(ResponseClock::promise).toList()).as("queue's promises"
                + g.description()).containsExactlyElementsOf(expected.queue().stream().map(ResponseClock::promise)
                .toList());
        assertThat(actual.promises()).as("promises" + g.description())
                .containsExactlyElementsOf(expected.promises());
        assertThat(actual.reminders()).as("reminders" + g.description())
                .containsExactlyElementsOf(expected.reminders());
    }

    @Property(tries = TRIES)
    void everyBreachIsDetectedAtTheFirstTickAtOrAfterItsDue(@ForAll long seed) {
        Generated g = RandomScenarios.generate(seed);
        Scenario s = g.scenario();
        ReplayResult result = Replay.run(s);
        Map<String, ScenarioEvent> created = createdEvents(s);
        for (Breach b : result.breaches()) {
            assertThat(b.detectedAt()).as("detectedAt >= due " + b + g.description()).isAfterOrEqualTo(b.due());
            assertThat(b.detectedAt()).as("detected within the run " + b + g.description())
                    .isBeforeOrEqualTo(s.until());
            assertThat(b.detectedAt()).as("the first tick at or after due " + b + g.description())
                    .isEqualTo(firstTickAtOrAfter(s, b.due()));
            ScenarioEvent c = created.get(b.issue());
            Duration respondWithin = NaiveReplay.goal(s.policy(), c.issueType(), c.priority())[1];
            assertThat(b.due()).as("due = addWorking(awaitingSince, respondWithin) " + b + g.description())
                    .isEqualTo(g.calendar().addWorking(b.awaitingSince(), respondWithin));
        }
    }

    @Property(tries = TRIES)
    void atMostOneBreachPerAwaitingCycle(@ForAll long seed) {
        Generated g = RandomScenarios.generate(seed);
        ReplayResult result = Replay.run(g.scenario());
        Map<String, Instant> lastCycle = new HashMap<>();
        for (Breach b : result.breaches()) {
            Instant previous = lastCycle.put(b.issue(), b.awaitingSince());
            if (previous != null) {
                assertThat(b.awaitingSince()).as("a later cycle " + b + g.description()).isAfter(previous);
            }
        }
    }

    @Property(tries = TRIES)
    void aResolvedIssueNeverChangesAfterItsResolution(@ForAll long seed) {
        Generated g = RandomScenarios.generate(seed);
        Scenario s = g.scenario();
        ReplayResult result = Replay.run(s);
        Map<String, Instant> resolvedAt = new HashMap<>();
        for (ScenarioEvent e : s.events()) {
            if (e.type() == EventType.RESOLVED) {
                resolvedAt.putIfAbsent(e.issue(), e.at());
            }
        }
        for (Reassignment r : result.reassignments()) {
            Instant resolved = resolvedAt.get(r.issue());
            if (resolved != null) {
                assertThat(r.at()).as("moved after resolution " + r + g.description()).isBeforeOrEqualTo(resolved);
                if (r.reason() == ReassignReason.BREACH) {
                    assertThat(r.at()).as("the tick comes after the events " + r + g.description()).isBefore(resolved);
                }
            }
        }
        for (Breach b : result.breaches()) {
            Instant resolved = resolvedAt.get(b.issue());
            if (resolved != null) {
                assertThat(b.detectedAt()).as("breach after resolution " + b + g.description()).isBefore(resolved);
            }
        }
        for (Reply reply : result.replies()) {
            Instant resolved = resolvedAt.get(reply.issue());
            if (resolved != null) {
                assertThat(reply.repliedAt()).as("reply after resolution " + reply + g.description())
                        .isBeforeOrEqualTo(resolved);
            }
        }
        assertThat(result.queue()).as(g.description()).noneMatch(c -> resolvedAt.containsKey(c.issue()));
    }

    @Property(tries = TRIES)
    void nobodyIsGivenAnIssueWhileAbsentAndMovesFollowTheHolder(@ForAll long seed) {
        Generated g = RandomScenarios.generate(seed);
        Scenario s = g.scenario();
        ReplayResult result = Replay.run(s);
        Map<String, String> holder = new HashMap<>();
        createdEvents(s).forEach((issue, e) -> holder.put(issue, e.owner()));
        for (Reassignment r : result.reassignments()) {
            assertThat(NaiveReplay.absentIn(s.absences(), r.to(), r.at()))
                    .as("given to someone absent " + r + g.description()).isFalse();
            assertThat(r.from()).as("moved from its holder " + r + g.description()).isEqualTo(holder.get(r.issue()));
            assertThat(r.to()).as("moved somewhere " + r + g.description()).isNotEqualTo(r.from());
            assertThat(r.at()).isBetween(s.start(), s.until());
            if (r.reason() == ReassignReason.RETURN) {
                assertThat(r.to()).as("a return goes to the owner " + r + g.description())
                        .isEqualTo(createdEvents(s).get(r.issue()).owner());
            }
            holder.put(r.issue(), r.to());
        }
        result.queue().forEach(c -> assertThat(c.assignee()).as(g.description()).isEqualTo(holder.get(c.issue())));
    }

    @Property(tries = TRIES)
    void everyReplyWaitedTheWorkingTimeSinceAwaitingAndIsOnTimeIffNotAfterDue(@ForAll long seed) {
        Generated g = RandomScenarios.generate(seed);
        Scenario s = g.scenario();
        ReplayResult result = Replay.run(s);
        Map<String, ScenarioEvent> created = createdEvents(s);
        Set<String> replyEvents = new HashSet<>();
        s.events().stream().filter(e -> e.type() == EventType.STAFF_REPLY)
                .forEach(e -> replyEvents.add(e.issue() + "@" + e.at() + "@" + e.by()));
        for (Reply reply : result.replies()) {
            assertThat(replyEvents).as("a reply event " + reply + g.description())
                    .contains(reply.issue() + "@" + reply.repliedAt() + "@" + reply.by());
            assertThat(reply.waited()).as("waited " + reply + g.description())
                    .isEqualTo(g.calendar().working(reply.awaitingSince(), reply.repliedAt()))
                    .isEqualTo(s.calendar().working(reply.awaitingSince(), reply.repliedAt()));
            ScenarioEvent c = created.get(reply.issue());
            Instant due = g.calendar().addWorking(reply.awaitingSince(),
                    NaiveReplay.goal(s.policy(), c.issueType(), c.priority())[1]);
            assertThat(reply.onTime()).as("onTime " + reply + " due " + due + g.description())
                    .isEqualTo(!reply.repliedAt().isAfter(due));
        }
    }

    /** The queue at until, recomputed from each issue's own events and the engine's reassignments. */
    @Property(tries = TRIES)
    void theQueueAtUntilIsTheBruteForceQueue(@ForAll long seed) {
        Generated g = RandomScenarios.generate(seed);
        Scenario s = g.scenario();
        ReplayResult result = Replay.run(s);
        Map<String, String> holder = new HashMap<>();
        Map<String, Boolean> open = new LinkedHashMap<>();
        Map<String, Instant> since = new HashMap<>();
        Map<String, ScenarioEvent> created = createdEvents(s);
        for (ScenarioEvent e : s.events()) {
            switch (e.type()) {
                case CREATED -> {
                    open.put(e.issue(), true);
                    since.put(e.issue(), e.at());
                    holder.put(e.issue(), e.owner());
                }
                case CLIENT_MESSAGE -> {
                    if (open.get(e.issue())) {
                        since.putIfAbsent(e.issue(), e.at());
                    }
                }
                case STAFF_REPLY -> {
                    if (open.get(e.issue())) {
                        since.remove(e.issue());
                    }
                }
                case RESOLVED -> {
                    open.put(e.issue(), false);
                    since.remove(e.issue());
                }
            }
        }
        result.reassignments().forEach(r -> holder.put(r.issue(), r.to()));
        List<NaiveReplay.Queued> expected = new ArrayList<>();
        for (String issue : open.keySet()) {
            Instant from = since.get(issue);
            if (!open.get(issue) || from == null) {
                continue;
            }
            ScenarioEvent c = created.get(issue);
            Duration[] goal = NaiveReplay.goal(s.policy(), c.issueType(), c.priority());
            Instant queuedAt = g.calendar().addWorking(from, goal[0]);
            if (!queuedAt.isAfter(s.until())) {
                expected.add(new NaiveReplay.Queued(issue, from, queuedAt, g.calendar().addWorking(from, goal[1]),
                        holder.get(issue)));
            }
        }
        expected.sort(Comparator.comparing(NaiveReplay.Queued::due).thenComparing(NaiveReplay.Queued::issue));
        assertThat(result.queue().stream().map(NaiveReplay.Queued::of).toList()).as(g.description())
                .containsExactlyElementsOf(expected);
    }

    private static Map<String, ScenarioEvent> createdEvents(Scenario s) {
        Map<String, ScenarioEvent> created = new HashMap<>();
        s.events().stream().filter(e -> e.type() == EventType.CREATED).forEach(e -> created.put(e.issue(), e));
        return created;
    }

    private static Instant firstTickAtOrAfter(Scenario s, Instant at) {
        long tick = s.tick().toSeconds();
        long since = Duration.between(s.start(), at).toSeconds();
        return s.start().plusSeconds(Math.floorDiv(since + tick - 1, tick) * tick);
    }
}
