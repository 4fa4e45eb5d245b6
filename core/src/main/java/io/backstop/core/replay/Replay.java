package io.backstop.core.replay;

import io.backstop.core.sla.Breach;
import io.backstop.core.sla.ClockStep;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.Reply;
import io.backstop.core.sla.ResponseClock;
import io.backstop.core.sla.ResponseQueue;
import io.backstop.core.sla.ResponseRules;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.Absences;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An event-sourced run of a scenario. At each instant, in the spec's order (rule 8): absence ends, absence
 * starts, tracker events in file order, then the watcher tick. Only instants where something can happen are
 * visited: ticks that cannot find a due clock change nothing, so the run jumps to the first tick at or after the
 * earliest due instead of stepping through every tick.
 */
public final class Replay {

    private final Scenario scenario;
    private final ResponseRules rules;
    private final Absences absences;
    private final long tickNanos;
    /** Open issues in creation order; rules that touch many issues take them in this order. */
    private final Map<String, ResponseClock> clocks = new LinkedHashMap<>();
    private final List<Reassignment> reassignments = new ArrayList<>();
    private final List<Breach> breaches = new ArrayList<>();
    private final List<Reply> replies = new ArrayList<>();

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
                applyToAll(clock -> record(rules.absenceEnded(clock, person, at, absences)));
            }
            for (; nextStart < starts.size() && starts.get(nextStart).at().equals(at); nextStart++) {
                applyToAll(clock -> record(rules.absenceStarted(clock, at, absences)));
            }
            for (; nextEvent < events.size() && events.get(nextEvent).at().equals(at); nextEvent++) {
                apply(events.get(nextEvent));
            }
            if (isTick(at)) {
                applyToAll(clock -> record(rules.tick(clock, at, absences)));
            }
            cursor = at.plusNanos(1);
        }
        return new ReplayResult(reassignments, breaches, replies,
                ResponseQueue.at(clocks.values(), scenario.until()));
    }

    private void apply(ScenarioEvent event) {
        Instant at = event.at();
        switch (event.type()) {
            case CREATED -> clocks.put(event.issue(), record(rules.created(event.issue(), event.issueType(),
                    event.priority(), event.owner(), at, absences)));
            case CLIENT_MESSAGE -> clocks.computeIfPresent(event.issue(),
                    (key, clock) -> record(rules.clientMessage(clock, at, absences)));
            case STAFF_REPLY -> clocks.computeIfPresent(event.issue(),
                    (key, clock) -> record(rules.staffReply(clock, at, event.by(), absences)));
            case RESOLVED -> clocks.computeIfPresent(event.issue(), (key, clock) -> record(rules.resolved(clock)));
        }
    }

    private ResponseClock record(ClockStep step) {
        step.reassignment().ifPresent(reassignments::add);
        step.breach().ifPresent(breaches::add);
        step.reply().ifPresent(replies::add);
        return step.clock();
    }

    private void applyToAll(UnaryOperator<ResponseClock> rule) {
        clocks.replaceAll((key, clock) -> rule.apply(clock));
    }

    /** The first tick at or after both {@code cursor} and the earliest due of an unbreached awaiting clock. */
    private Instant nextUsefulTick(Instant cursor) {
        Instant earliestDue = null;
        for (ResponseClock clock : clocks.values()) {
            if (clock.isAwaiting() && !clock.breached()
                    && (earliestDue == null || clock.due().isBefore(earliestDue))) {
                earliestDue = clock.due();
            }
        }
        if (earliestDue == null) {
            return null;
        }
        Instant from = earliestDue.isAfter(cursor) ? earliestDue : cursor;
        long sinceStart = Duration.between(scenario.start(), from).toNanos();
        long ticks = Math.floorDiv(sinceStart + tickNanos - 1, tickNanos);
        return scenario.start().plusNanos(Math.multiplyExact(ticks, tickNanos));
    }

    private boolean isTick(Instant at) {
        return Duration.between(scenario.start(), at).toNanos() % tickNanos == 0;
    }

    /** Absence boundaries inside {@code [start, until]}, by instant, then file order. */
    private List<Boundary> boundaries(java.util.function.Function<Absence, Instant> side) {
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
}
