package io.backstop.core.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.replay.RandomScenarios.Generated;
import io.backstop.core.sla.Breach;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.PromiseOutcome;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.Reminder;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Invariants of rules 10-14 that Replay.run must keep on random scenarios (see {@link RandomScenarios}), each
 * checked from the scenario's own data and the engine's output, without the naive engine. A failure prints the seed
 * and the whole scenario.
 */
class ReplayRulesV2PropertyTest {

    private static final int TRIES = 150;

    /** Rule 11: at most one open promise per issue at any time; every due is after madeAt; outcomes fit the times. */
    @Property(tries = TRIES)
    void promisesOfAnIssueFollowEachOtherAndFitTheirTimes(@ForAll long seed) {
        Generated g = RandomScenarios.generate(seed);
        Scenario s = g.scenario();
        ReplayResult result = Replay.run(s);
        Map<String, Promise> previous = new HashMap<>();
        Instant lastMade = s.start();
        List<ScenarioEvent> holding = s.events().stream().filter(e -> e.reply().holding()).toList();
        assertThat(result.promises()).as("one promise per holding reply on an open issue" + g.description())
                .hasSizeLessThanOrEqualTo(holding.size());
        for (Promise p : result.promises()) {
            String what = p + g.description();
            assertThat(p.due()).as("due after madeAt " + what).isAfter(p.madeAt());
            assertThat(p.madeAt()).as("in the order made " + what).isAfterOrEqualTo(lastMade);
            lastMade = p.madeAt();
            List<Instant> dues = holding.stream().filter(e -> e.issue().equals(p.issue())
                            && e.at().equals(p.madeAt()) && e.by().equals(p.by()))
                    .map(e -> e.reply().promise() != null ? e.reply().promise()
                            : g.calendar().addWorking(p.madeAt(), goal(s, p.issue())[2])).toList();
            assertThat(dues).as("made by a holding reply, due at its named instant or after answerWithin " + what)
                    .contains(p.due());
            Promise before = previous.put(p.issue(), p);
            if (before != null) {
                assertThat(before.outcome()).as("the one before is closed " + what).isNotEqualTo(PromiseOutcome.OPEN);
                assertThat(before.closedAt()).as("closed before this one opens " + what)
                        .isBeforeOrEqualTo(p.madeAt());
            }
            if (p.outcome() == PromiseOutcome.OPEN) {
                assertThat(p.due()).as("open at until only if it has not come by the last tick " + what)
                        .isAfter(lastTickAtOrBefore(s, s.until()));
                continue;
            }
            assertThat(p.closedAt()).as("closed within the run " + what).isBetween(p.madeAt(), s.until());
            switch (p.outcome()) {
                case KEPT, MOVED -> assertThat(p.closedAt()).as("in time " + what).isBeforeOrEqualTo(p.due());
                default -> assertThat(p.closedAt()).as("broken once due " + what).isAfterOrEqualTo(p.due());
            }
            boolean closedByAnEvent = s.events().stream().anyMatch(e -> e.issue().equals(p.issue())
                    && e.at().equals(p.closedAt()) && e.type() != EventType.CLIENT_MESSAGE);
            if (p.outcome() == PromiseOutcome.BROKEN && closedByAnEvent) {
                assertThat(p.closedAt()).as("a reply or resolution at the due time keeps it " + what)
                        .isAfter(p.due());
            }
            if (p.outcome() == PromiseOutcome.MOVED) {
                assertThat(result.promises()).as("moved by the next promise " + what).anyMatch(
                        next -> next.issue().equals(p.issue()) && next.madeAt().equals(p.closedAt()));
            }
        }
    }

    /** Rule 10: heldBy is the assignee just before the breach's BREACH reassignment, or the assignee if none. */
    @Property(tries = TRIES)
    void aBreachIsHeldByWhoeverHeldTheIssueThen(@ForAll long seed) {
        Generated g = RandomScenarios.generate(seed);
        Scenario s = g.scenario();
        ReplayResult result = Replay.run(s);
        for (Breach b : result.breaches()) {
            String what = b + g.description();
            // everything at the breach instant but the tick's own move comes before the tick
            String holder = holderAt(s, result, b.issue(), b.detectedAt(), true);
            assertThat(b.heldBy()).as("held by the holder " + what).isEqualTo(holder);
            result.reassignments().stream().filter(m -> m.reason() == ReassignReason.BREACH
                            && m.issue().equals(b.issue()) && m.at().equals(b.detectedAt()))
                    .forEach(m -> assertThat(m.from()).as("the move starts from heldBy " + what).isEqualTo(b.heldBy()));
        }
    }

    /**
     * Rule 14: reminders only within awaiting cycles, at most one per cycle, at a tick at or after remindAt and
     * before due, to the holder; and every cycle whose first tick at or after remindAt is before both its due and
     * its end gets one.
     */
    @Property(tries = TRIES)
    void remindersBelongToAwaitingCyclesOncePerCycleBeforeDue(@ForAll long seed) {
        Generated g = RandomScenarios.generate(seed);
        Scenario s = g.scenario();
        ReplayResult result = Replay.run(s);
        List<Cycle> cycles = cycles(s);
        Set<Cycle> reminded = new HashSet<>();
        for (Reminder m : result.reminders()) {
            String what = m + g.description();
            assertThat(s.policy().remindBefore()).as("only with remindBefore " + what).isPresent();
            assertThat(m.at()).as("before due " + what).isBefore(m.due());
            assertThat(m.at()).as("at a tick " + what).isEqualTo(firstTickAtOrAfter(s, m.at()));
            Cycle cycle = cycles.stream().filter(c -> c.issue().equals(m.issue()) && !m.at().isBefore(c.since())
                    && (c.end() == null || m.at().isBefore(c.end()))).findFirst().orElse(null);
            assertThat(cycle).as("within an awaiting cycle " + what).isNotNull();
            assertThat(reminded.add(cycle)).as("once per cycle " + what).isTrue();
            assertThat(m.due()).as("the cycle's due " + what)
                    .isEqualTo(g.calendar().addWorking(cycle.since(), goal(s, m.issue())[1]));
            assertThat(m.at()).as("not before remindAt " + what).isAfterOrEqualTo(remindAt(g, cycle));
            assertThat(m.to()).as("to the holder " + what).isEqualTo(holderAt(s, result, m.issue(), m.at(), true));
        }
        if (s.policy().remindBefore().isEmpty()) {
            return;
        }
        for (Cycle c : cycles) {
            Instant tick = firstTickAtOrAfter(s, remindAt(g, c));
            Instant due = g.calendar().addWorking(c.since(), goal(s, c.issue())[1]);
            if (tick.isBefore(due) && !tick.isAfter(s.until()) && (c.end() == null || tick.isBefore(c.end()))) {
                assertThat(reminded).as("a reminder for " + c + g.description()).contains(c);
            }
        }
    }

    /** Rule 13: nobody before their coversFrom receives an ABSENCE or BREACH move of an issue they do not own. */
    @Property(tries = TRIES)
    void nobodyCoversBeforeTheirCoversFrom(@ForAll long seed) {
        Generated g = RandomScenarios.generate(seed);
        Scenario s = g.scenario();
        ReplayResult result = Replay.run(s);
        Map<String, Instant> coversFrom = new HashMap<>();
        s.people().stream().filter(p -> p.coversFrom() != null).forEach(p -> coversFrom.put(p.name(), p.coversFrom()));
        for (Reassignment m : result.reassignments()) {
            if (m.reason() == ReassignReason.RETURN || m.to().equals(owner(s, m.issue()))
                    || !coversFrom.containsKey(m.to())) {
                continue;
            }
            assertThat(m.at()).as("a cover only from coversFrom " + m + g.description())
                    .isAfterOrEqualTo(coversFrom.get(m.to()));
        }
    }

    /** Rule 12: a holder who is only busy hands over to the owner, the operator, their deputies or the head. */
    @Property(tries = TRIES)
    void busyTimeNeverSendsAnIssueToTheOwnersDeputies(@ForAll long seed) {
        Generated g = RandomScenarios.generate(seed);
        Scenario s = g.scenario();
        ReplayResult result = Replay.run(s);
        Person operator = s.people().stream().filter(p -> p.role() == Role.OPERATOR).findFirst().orElseThrow();
        String head = s.people().stream().filter(p -> p.role() == Role.HEAD).findFirst().orElseThrow().name();
        for (Reassignment m : result.reassignments()) {
            if (m.reason() != ReassignReason.ABSENCE || !NaiveDepartment.onlyBusyIn(s.absences(), m.from(), m.at())) {
                continue;
            }
            List<String> allowed = new ArrayList<>(List.of(owner(s, m.issue()), operator.name(), head));
            allowed.addAll(operator.deputies());
            assertThat(m.to()).as("the busy chain " + m + g.description()).isIn(allowed);
            assertThat(NaiveDepartment.absentIn(s.absences(), m.to(), m.at())).as("present " + m + g.description())
                    .isFalse();
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** An awaiting cycle from the events alone: from its start to the reply or resolution that ends it (or none). */
    record Cycle(String issue, Instant since, Instant end) {
    }

    static List<Cycle> cycles(Scenario s) {
        List<Cycle> cycles = new ArrayList<>();
        Map<String, Instant> since = new HashMap<>();
        Set<String> closed = new HashSet<>();
        for (ScenarioEvent e : s.events()) {
            String issue = e.issue();
            if (closed.contains(issue)) {
                continue;
            }
            switch (e.type()) {
                case CREATED -> since.put(issue, e.at());
                case CLIENT_MESSAGE -> since.putIfAbsent(issue, e.at());
                case STAFF_REPLY, RESOLVED -> {
                    Instant from = since.remove(issue);
                    if (from != null) {
                        cycles.add(new Cycle(issue, from, e.at()));
                    }
                    if (e.type() == EventType.RESOLVED) {
                        closed.add(issue);
                    }
                }
            }
        }
        since.forEach((issue, from) -> cycles.add(new Cycle(issue, from, null)));
        return cycles;
    }

    private static Instant remindAt(Generated g, Cycle c) {
        Duration lead = goal(g.scenario(), c.issue())[1].minus(g.scenario().policy().remindBefore().orElseThrow());
        return g.calendar().addWorking(c.since(), lead.isNegative() ? Duration.ZERO : lead);
    }

    /** Who holds the issue at t: its owner, then every move before t, and at t every move but BREACH if asked. */
    static String holderAt(Scenario s, ReplayResult result, String issue, Instant t, boolean beforeTheTick) {
        String holder = owner(s, issue);
        for (Reassignment m : result.reassignments()) {
            if (m.issue().equals(issue) && (m.at().isBefore(t)
                    || (m.at().equals(t) && !(beforeTheTick && m.reason() == ReassignReason.BREACH)))) {
                holder = m.to();
            }
        }
        return holder;
    }

    private static String owner(Scenario s, String issue) {
        return s.events().stream().filter(e -> e.type() == EventType.CREATED && e.issue().equals(issue))
                .findFirst().orElseThrow().owner();
    }

    private static Duration[] goal(Scenario s, String issue) {
        ScenarioEvent c = s.events().stream().filter(e -> e.type() == EventType.CREATED && e.issue().equals(issue))
                .findFirst().orElseThrow();
        return NaiveReplay.goal(s.policy(), c.issueType(), c.priority());
    }

    private static Instant firstTickAtOrAfter(Scenario s, Instant at) {
        long tick = s.tick().toSeconds();
        long since = Duration.between(s.start(), at).toSeconds();
        return s.start().plusSeconds(Math.floorDiv(since + tick - 1, tick) * tick);
    }

    private static Instant lastTickAtOrBefore(Scenario s, Instant at) {
        long tick = s.tick().toSeconds();
        long since = Duration.between(s.start(), at).toSeconds();
        return s.start().plusSeconds(Math.floorDiv(since, tick) * tick);
    }
}
