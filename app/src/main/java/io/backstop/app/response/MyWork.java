package io.backstop.app.response;

import io.backstop.app.promise.PromiseStore;
import io.backstop.core.sla.Promise;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person's work ("my work"): the issues awaiting an answer that they hold, or own while someone else holds
 * them (their client waits either way), the soonest due first; and the promises on their work or made by them:
 * those broken and not answered since, as the queue's lane has them, then every open one, the soonest due first.
 * Who may see which of these is the resource's business.
 */
final class MyWork {

    private final ClockStore clocks;
    private final PromiseStore promises;
    private final PromiseLane lane;

    MyWork(ClockStore clocks, PromiseStore promises, PromiseLane lane) {
        this.clocks = clocks;
        this.promises = promises;
        this.lane = lane;
    }

    /** The person's awaiting issues, and their promises with the clocks of their issues. */
    record Work(List<StoredClock> waiting, List<PromiseLane.Entry> promises) {
    }

    Work of(String person, Instant now, ZoneId zone) {
        Map<String, StoredClock> waiting = new LinkedHashMap<>();
        clocks.awaitingHeldBy(Set.of(person)).forEach(held -> waiting.put(held.clock().issue(), held));
        clocks.heldAwayFrom(person).stream().filter(away -> away.clock().isAwaiting())
                .forEach(away -> waiting.putIfAbsent(away.clock().issue(), away));
        List<StoredClock> soonestFirst = waiting.values().stream()
                .sorted(Comparator.comparing((StoredClock c) -> c.clock().due()).thenComparing(c -> c.clock().issue()))
                .toList();
        List<PromiseLane.Entry> mine = new ArrayList<>();
        lane.at(now, zone).stream().filter(PromiseLane.Entry::broken)
                .filter(entry -> concerns(entry.promise(), entry.clock(), person)).forEach(mine::add);
        List<Promise> open = promises.open();
        Map<String, StoredClock> openClocks = new HashMap<>();
        clocks.ofIssues(open.stream().map(Promise::issue).toList()).stream().filter(c -> c.clock().open())
                .forEach(c -> openClocks.put(c.clock().issue(), c));
        open.stream().filter(p -> openClocks.containsKey(p.issue()))
                .filter(p -> concerns(p, openClocks.get(p.issue()), person))
                .forEach(p -> mine.add(lane.entry(p, openClocks.get(p.issue()))));
        return new Work(soonestFirst, mine);
    }

    /** A promise is the person's when they made it, or it is on an issue they hold or own. */
    private static boolean concerns(Promise promise, StoredClock clock, String person) {
        return promise.by().equals(person) || clock.clock().assignee().equals(person)
                || clock.clock().owner().equals(person);
    }
}
