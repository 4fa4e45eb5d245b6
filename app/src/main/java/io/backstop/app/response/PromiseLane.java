package io.backstop.app.response;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.promise.PromiseChain;
import io.backstop.app.promise.PromiseStore;
import io.backstop.app.rest.Json;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.sla.Countdown;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.PromiseOutcome;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The queue's promise lane, above the answers it waits for: promises broken and not answered since (no full answer
 * since it broke, the issue still open, no newer promise made), the longest broken first; then open promises due
 * before the end of today in the department's zone, the soonest first. Each with who promised, by when, and how
 * often the date had been moved.
 */
final class PromiseLane {

    private final ClockStore clocks;
    private final ClockEventStore events;
    private final PromiseStore promises;

    PromiseLane(ClockStore clocks, ClockEventStore events, PromiseStore promises) {
        this.clocks = clocks;
        this.events = events;
        this.promises = promises;
    }

    /** One promise in the lane, on its issue's clock; {@code moves}: how often it had been moved before. */
    record Entry(Promise promise, int moves, StoredClock clock) {

        boolean broken() {
            return promise.outcome() == PromiseOutcome.BROKEN;
        }
    }

    List<Entry> at(Instant now, ZoneId zone) {
        Map<String, Promise> broken = new LinkedHashMap<>();
        promises.broken().forEach(p -> broken.put(p.issue(), p)); // the issue's latest broken one
        Instant tomorrow = now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        List<Promise> dueToday = promises.openDueBefore(tomorrow);
        Set<String> issues = new HashSet<>(broken.keySet());
        dueToday.forEach(p -> issues.add(p.issue()));
        Map<String, StoredClock> open = new HashMap<>();
        clocks.ofIssues(issues).stream().filter(c -> c.clock().open()).forEach(c -> open.put(c.clock().issue(), c));
        broken.values().removeIf(p -> !open.containsKey(p.issue()) || open.get(p.issue()).clock().promise() != null);
        broken.keySet().removeAll(answeredSince(broken));
        List<Entry> lane = new ArrayList<>();
        broken.values().stream().sorted(java.util.Comparator.comparing(Promise::closedAt))
                .forEach(p -> lane.add(entry(p, open.get(p.issue()))));
        dueToday.stream().filter(p -> open.containsKey(p.issue())).forEach(p -> lane.add(entry(p, open.get(p.issue()))));
        return lane;
    }

    /** A promise on its issue's clock, with how often it had been moved before. */
    Entry entry(Promise promise, StoredClock clock) {
        return new Entry(promise, PromiseChain.endingWith(promise, promises.ofIssue(promise.issue())).moves(), clock);
    }

    /**
     * The issues of {@code broken} that got a full answer (a staff reply that made no promise) or a resolution at
     * or after their promise broke: a late full answer breaks a promise at the instant it answers it.
     */
    private Set<String> answeredSince(Map<String, Promise> broken) {
        Set<String> answered = new HashSet<>();
        if (broken.isEmpty()) {
            return answered;
        }
        Instant earliest = broken.values().stream().map(Promise::closedAt).min(Instant::compareTo).orElseThrow();
        List<ClockEvent> since = events.onIssuesSince(broken.keySet(), earliest, ClockEventKind.STAFF_REPLY,
                ClockEventKind.RESOLVED, ClockEventKind.PROMISE);
        Set<String> promised = new HashSet<>();
        since.stream().filter(e -> e.kind() == ClockEventKind.PROMISE && PromiseOutcome.OPEN.name().equals(e.reason()))
                .forEach(e -> promised.add(e.issue() + "@" + e.at()));
        for (ClockEvent e : since) {
            boolean answer = e.kind() == ClockEventKind.RESOLVED
                    || e.kind() == ClockEventKind.STAFF_REPLY && !promised.contains(e.issue() + "@" + e.at());
            if (answer && !e.at().isBefore(broken.get(e.issue()).closedAt())) {
                answered.add(e.issue());
            }
        }
        return answered;
    }

    /**
     * An entry as {@code GET queue/promises} answers it: {@code state} BROKEN or DUE, who promised and by when,
     * when it broke (null while open), the moves before it, the issue's holder, owner and client, and the countdown
     * to the promised time ({@code workingSecondsLeft}, negative once past; {@code paused}).
     */
    static ObjectNode json(Entry entry, WorkCalendar calendar, Instant now) {
        Promise promise = entry.promise();
        ZoneId zone = calendar.zone();
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("issue", promise.issue()).put("state", entry.broken() ? "BROKEN" : "DUE").put("by", promise.by());
        Json.put(node, "madeAt", promise.madeAt(), zone);
        Json.put(node, "due", promise.due(), zone);
        if (entry.broken()) {
            Json.put(node, "closedAt", promise.closedAt(), zone);
        } else {
            node.putNull("closedAt");
        }
        node.put("moves", entry.moves()).put("assignee", entry.clock().clock().assignee())
                .put("owner", entry.clock().clock().owner()).put("client", entry.clock().client());
        Countdown countdown = Countdown.at(calendar, promise.due(), now);
        node.put("workingSecondsLeft", countdown.workingSecondsLeft()).put("paused", countdown.paused());
        return node;
    }
}
