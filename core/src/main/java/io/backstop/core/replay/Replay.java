package io.backstop.core.replay;

import io.backstop.core.sla.Breach;
import io.backstop.core.sla.ClockStep;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.PromiseOutcome;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.Reminder;
import io.backstop.core.sla.Reply;
import io.backstop.core.sla.ResponseClock;
import io.backstop.core.sla.ResponseQueue;
import io.backstop.core.sla.ResponseRules;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.Absences;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An event-sourced run of a scenario. At each instant, in the spec's order (rule 8): absence ends, absence
 * starts, tracker events in file order, then the watcher tick. Only instants where something can happen are
 * visited: ticks that find no clock to watch (a reminder, a due or a promise that has come) change nothing, so
 * the run jumps to the first tick at or after the earliest of those instead of stepping through every tick.
 */
public final class Replay {

    private final Scenario scenario;
    private final ResponseRules rules;
    private final Absences absences;
    private final long tickNanos;
    /**
     * Every clock the run has created, by creation order (its index here), the order a tick and an absence boundary
     * take their clocks in (rule 8). Clocks are addressed by that index, not by issue key: a key is looked up once
     * per event.
     */
    private final List<ResponseClock> clocks = new ArrayList<>();
    /** The index of each issue in {@link #clocks}. */
    private final Map<String, Integer> order = new HashMap<>();
    /** Clocks a tick has something to do for, by {@link ResponseClock#nextWatch}: a tick looks only at these. */
    private final NavigableSet<Pending> pending = new TreeSet<>();
    private final List<Reassignment> reassignments = new ArrayList<>();
    private final List<Breach> breaches = new ArrayList<>();
    private final List<Reply> replies = new ArrayList<>();
    private final List<Reminder> reminders = new ArrayList<>();
    /** Every promise in the order made, with its latest outcome. */
    private final List<Promise> promises = new ArrayList<>();
    /** Where an issue's open promise stands in {@link #promises}. */
    private final Map<Integer, Integer> openPromises = new HashMap<>();
    /** The open clocks an absence boundary can move; a boundary visits only these. */
    private final Holders holders = new Holders();

    private Replay(Scenario scenario) {
        this.scenario = scenario;
        this.rules = new ResponseRules(scenario.calendar(), scenario.policy(), scenario.staff());
        this.absences = new Absences(scenario.absences());
        this.tickNanos = scenario.tick().toNanos();
    }

    public static ReplayResult run(Scenario scenario) {
        return new Replay(scenario).play();
    }

    private ReplayResult play() {
        List<Boundary> ends = boundaries(Absence::to);
        List<Boundary> starts = boundaries(Absence::from);
        List<ScenarioEvent> events = scenario.events();
        int nextEnd = 0;
        int nextStart = 0;
        int nextEvent = 0;
        Instant cursor = scenario.start();
        while (true) {
            Instant at = earliest(
                    nextEnd < ends.size() ? ends.get(nextEnd).at() : null,
                    nextStart < starts.size() ? starts.get(nextStart).at() : null,
                    nextEvent < events.size() ? events.get(nextEvent).at() : null,
                    nextUsefulTick(cursor));
            if (at == null || at.isAfter(scenario.until())) {
                break;
            }
            for (; nextEnd < ends.size() && ends.get(nextEnd).at().equals(at); nextEnd++) {
                String person = ends.get(nextEnd).person();
                applyTo(holders.heldAwayFrom(person), clock -> rules.absenceEnded(clock, person, at, absences));
            }
            for (; nextStart < starts.size() && starts.get(nextStart).at().equals(at); nextStart++) {
                applyTo(holders.awaitingWithAbsentAssignee(absences, at),
                        clock -> rules.absenceStarted(clock, at, absences));
            }
            for (; nextEvent < events.size() && events.get(nextEvent).at().equals(at); nextEvent++) {
                apply(events.get(nextEvent));
            }
            if (isTick(at)) {
                tick(at);
            }
            cursor = at.plusNanos(1);
        }
        return new ReplayResult(reassignments, breaches, replies,
                ResponseQueue.at(clocks, scenario.until()), promises, reminders);
    }

    private void apply(ScenarioEvent event) {
        Instant at = event.at();
        String issue = event.issue();
        if (event.type() == EventType.CREATED) {
            order.put(issue, clocks.size());
            clocks.add(null);
            update(clocks.size() - 1, null, rules.created(issue, event.issueType(), event.priority(), event.owner(),
                    at, absences));
            return;
        }
        int index = order.get(issue);
        ResponseClock clock = clocks.get(index);
        switch (event.type()) {
            case CLIENT_MESSAGE -> update(index, clock, rules.clientMessage(clock, at, absences));
            case STAFF_REPLY -> update(index, clock, rules.staffReply(clock, at, event.by(), event.reply(), absences));
            default -> update(index, clock, rules.resolved(clock, at));
        }
    }

    /** Rules 14, 7 and 11 for the clocks watched by {@code at}, in creation order. */
    private void tick(Instant at) {
        List<Pending> due = new ArrayList<>(pending.headSet(new Pending(at, Integer.MAX_VALUE), true));
        due.sort(Comparator.comparingInt(Pending::order));
        for (Pending entry : due) {
            ResponseClock clock = clocks.get(entry.order());
            update(entry.order(), clock, rules.tick(clock, at, absences));
        }
    }

    /**
     * Records what a step produced and keeps the clock, the index of pending dues and {@link #holders} current. A step
     * that changed nothing (most of an absence boundary's, a client message to an issue already awaiting) is skipped.
     */
    private void update(int index, ResponseClock before, ClockStep step) {
        ResponseClock after = step.clock();
        if (after == before && producedNothing(step)) {
            return;
        }
        step.reassignment().ifPresent(reassignments::add);
        step.breach().ifPresent(breaches::add);
        step.reply().ifPresent(replies::add);
        step.reminder().ifPresent(reminders::add);
        for (Promise promise : step.promises()) {
            if (promise.outcome() == PromiseOutcome.OPEN) {
                openPromises.put(index, promises.size());
                promises.add(promise);
            } else {
                promises.set(openPromises.remove(index), promise);
            }
        }
        Instant watchedBefore = before == null ? null : before.nextWatch();
        Instant watchedAfter = after.nextWatch();
        if (!Objects.equals(watchedBefore, watchedAfter)) {
            if (watchedBefore != null) {
                pending.remove(new Pending(watchedBefore, index));
            }
            if (watchedAfter != null) {
                pending.add(new Pending(watchedAfter, index));
            }
        }
        holders.moved(index, before, after);
        clocks.set(index, after);
    }

    private static boolean producedNothing(ClockStep step) {
        return step.reassignment().isEmpty() && step.breach().isEmpty() && step.reply().isEmpty()
                && step.reminder().isEmpty() && step.promises().isEmpty();
    }

    /**
     * An absence boundary's rule for {@code issues}, in creation order (rule 8). Every other clock is one the rule
     * leaves as it is (see {@link Holders}), so visiting only these gives the same run as visiting all.
     */
    private void applyTo(BitSet issues, Function<ResponseClock, ClockStep> rule) {
        for (int index = issues.nextSetBit(0); index >= 0; index = issues.nextSetBit(index + 1)) {
            ResponseClock clock = clocks.get(index);
            update(index, clock, rule.apply(clock));
        }
    }

    /** The first tick at or after both {@code cursor} and the earliest instant a clock is watched for. */
    private Instant nextUsefulTick(Instant cursor) {
        if (pending.isEmpty()) {
            return null;
        }
        Instant earliestDue = pending.first().watch();
        Instant from = earliestDue.isAfter(cursor) ? earliestDue : cursor;
        long sinceStart = Duration.between(scenario.start(), from).toNanos();
        long ticks = Math.floorDiv(sinceStart + tickNanos - 1, tickNanos);
        return scenario.start().plusNanos(Math.multiplyExact(ticks, tickNanos));
    }

    private boolean isTick(Instant at) {
        return Duration.between(scenario.start(), at).toNanos() % tickNanos == 0;
    }

    /** Absence boundaries inside {@code [start, until]}, by instant, then file order. */
    private List<Boundary> boundaries(Function<Absence, Instant> side) {
        List<Boundary> list = new ArrayList<>();
        for (Absence absence : scenario.absences()) {
            Instant at = side.apply(absence);
            if (!at.isBefore(scenario.start()) && !at.isAfter(scenario.until())) {
                list.add(new Boundary(at, absence.person()));
            }
        }
        list.sort(Comparator.comparing(Boundary::at)); // stable: file order within an instant
        return list;
    }

    private static Instant earliest(Instant... candidates) {
        Instant best = null;
        for (Instant candidate : candidates) {
            if (candidate != null && (best == null || candidate.isBefore(best))) {
                best = candidate;
            }
        }
        return best;
    }

    private record Boundary(Instant at, String person) {
    }

    /** A clock waiting for its next watched instant, ordered by it, then creation. */
    private record Pending(Instant watch, int order) implements Comparable<Pending> {
        @Override
        public int compareTo(Pending other) {
            int byDue = watch.compareTo(other.watch);
            return byDue != 0 ? byDue : Integer.compare(order, other.order);
        }
    }
}
