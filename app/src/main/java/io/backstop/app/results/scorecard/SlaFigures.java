package io.backstop.app.results.scorecard;

import io.backstop.app.promise.PromiseChain;
import io.backstop.app.promise.PromiseStore;
import io.backstop.app.response.ClockEvent;
import io.backstop.app.response.ClockEventKind;
import io.backstop.app.response.ClockEventStore;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.PromiseOutcome;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The response figures per person for a period, from the timeline ({@code CLOCK_EVENT}: replies, breaches with
 * who held the issue, breach moves) and the promises ({@code PROMISE}); see {@link PersonSla} and docs/sla.md.
 */
final class SlaFigures {

    private final ClockEventStore events;
    private final PromiseStore promises;

    SlaFigures(ClockEventStore events, PromiseStore promises) {
        this.events = events;
        this.promises = promises;
    }

    /** A person's counts while they are gathered. */
    private static final class Tally {
        int replies;
        int lateReplies;
        int answersOnTime;
        int lateAnswers;
        int breaches;
        final int[] promises = new int[5]; // made, kept, moved, broken, open
    }

    /**
     * Everything with {@code start <= at < end}, for the department's managers and operators (zero when nothing
     * happened) and whoever else appears, or for the one person asked; rescues still unanswered are measured to
     * {@code now}.
     */
    SlaReport report(DepartmentSettings department, Instant start, Instant end, Instant now, Optional<String> person) {
        SortedMap<String, Tally> people = new TreeMap<>();
        department.people().stream().filter(p -> p.role() == Role.MANAGER || p.role() == Role.OPERATOR)
                .map(Person::name).filter(n -> person.map(n::equals).orElse(true))
                .forEach(n -> people.put(n, new Tally()));
        Function<String, Tally> of = name -> name == null || !person.map(name::equals).orElse(true)
                ? new Tally() : people.computeIfAbsent(name, k -> new Tally());
        List<Promise> made = promises.madeBetween(start, end);
        List<Promise> closed = promises.closedBetween(start, end);
        countReplies(start, end, made, of);
        countPromises(made, closed, of);
        SortedMap<String, PersonSla.Rescues> rescues = new RescueSpeed(department.calendar(), events::forIssue)
                .of(events.ofKind(ClockEventKind.REASSIGNED, start, end), now);
        rescues.keySet().forEach(of::apply);
        List<PersonSla> result = new ArrayList<>();
        people.forEach((name, t) -> result.add(new PersonSla(name, t.replies, t.lateReplies, t.answersOnTime,
                t.lateAnswers, t.breaches, new PersonSla.Promises(t.promises[0], t.promises[1], t.promises[2],
                t.promises[3], t.promises[4]), rescues.getOrDefault(name, PersonSla.Rescues.NONE))));
        return new SlaReport(result, brokenChains(closed, person));
    }

    /**
     * Replies that ended a cycle, to whoever replied; full answers on time; breaches to whoever held the issue; a
     * late answer to a cycle that never breached (the watcher had not run yet) to whoever answered.
     */
    private void countReplies(Instant start, Instant end, List<Promise> made,
                              Function<String, Tally> of) {
        Set<String> holding = new HashSet<>();
        made.forEach(p -> holding.add(p.issue() + "@" + p.madeAt()));
        List<ClockEvent> replies = events.ofKind(ClockEventKind.STAFF_REPLY, start, end).stream()
                .filter(e -> e.actor() != null && e.onTime() != null).toList();
        Instant earliest = start;
        for (ClockEvent reply : replies) {
            Tally t = of.apply(reply.actor());
            t.replies++;
            if (!reply.onTime()) {
                t.lateReplies++;
                if (reply.awaitingSince() != null && reply.awaitingSince().isBefore(earliest)) {
                    earliest = reply.awaitingSince();
                }
            } else if (!holding.contains(reply.issue() + "@" + reply.at())) {
                t.answersOnTime++;
            }
        }
        Set<String> breachedCycles = new HashSet<>();
        for (ClockEvent breach : events.ofKind(ClockEventKind.BREACH, earliest, end)) {
            breachedCycles.add(breach.issue() + "@" + breach.awaitingSince());
            if (!breach.at().isBefore(start)) {
                of.apply(breach.from()).breaches++;
            }
        }
        for (ClockEvent reply : replies) {
            if (!reply.onTime() && !breachedCycles.contains(reply.issue() + "@" + reply.awaitingSince())) {
                of.apply(reply.actor()).lateAnswers++;
            }
        }
    }

    /** Each promise's outcome against its maker; a promise that replaced a moved one is no new promise made. */
    private static void countPromises(List<Promise> made, List<Promise> closed,
                                      Function<String, Tally> of) {
        Set<String> movedAt = new HashSet<>();
        for (Promise p : closed) {
            int[] counts = of.apply(p.by()).promises;
            switch (p.outcome()) {
                case KEPT -> counts[1]++;
                case MOVED -> {
                    counts[2]++;
                    movedAt.add(p.issue() + "@" + p.closedAt());
                }
                case BROKEN -> counts[3]++;
                default -> { }
            }
        }
        for (Promise p : made) {
            int[] counts = of.apply(p.by()).promises;
            if (!movedAt.contains(p.issue() + "@" + p.madeAt())) {
                counts[0]++;
            }
            if (p.outcome() == PromiseOutcome.OPEN) {
                counts[4]++;
            }
        }
    }

    /** The promises broken in the period (of the one person asked), each with the moves before it, in order. */
    private List<PromiseChain> brokenChains(List<Promise> closed, Optional<String> person) {
        Map<String, List<Promise>> ofIssue = new HashMap<>();
        List<PromiseChain> chains = new ArrayList<>();
        for (Promise p : closed) {
            if (p.outcome() == PromiseOutcome.BROKEN && person.map(p.by()::equals).orElse(true)) {
                chains.add(PromiseChain.endingWith(p, ofIssue.computeIfAbsent(p.issue(), promises::ofIssue)));
            }
        }
        return chains;
    }
}
