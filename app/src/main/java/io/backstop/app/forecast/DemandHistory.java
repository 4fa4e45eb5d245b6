package io.backstop.app.forecast;

import io.backstop.app.response.ClockEvent;
import io.backstop.app.response.ClockEventKind;
import io.backstop.app.response.ClockEventStore;
import io.backstop.app.response.ClockStore;
import io.backstop.app.response.StoredClock;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.norms.OperationStore;
import io.backstop.core.norms.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The work that arrived, per day, in norm-hours: each client message (an issue a client opened is its first) at
 * the norm of the reply it asks for (the results' {@code replyOperations} for the issue's type, its minutes from
 * the norm catalogue), plus the other work done that day (calls, meetings, reports: operations that are no reply
 * operation, which no message announces). Before Backstop recorded client messages (the first recorded one), all
 * the work done that day stands for what arrived: it is the only record there is. And the backlog: the answers
 * owed now.
 */
final class DemandHistory {

    private final ClockEventStore events;
    private final ClockStore clocks;
    private final OperationStore operations;

    DemandHistory(ClockEventStore events, ClockStore clocks, OperationStore operations) {
        this.events = events;
        this.clocks = clocks;
        this.operations = operations;
    }

    /** Unanswered client messages now and their norm content. */
    record Backlog(int messages, double normHours) {
    }

    /** Norm-hours that arrived per day in {@code [from, to]}; days with none are left out. */
    SortedMap<LocalDate, Double> arrived(LocalDate from, LocalDate to, ZoneId zone, ResultsSettings settings,
                                         Set<String> staff) {
        TreeMap<LocalDate, Double> days = new TreeMap<>();
        Optional<LocalDate> recorded = firstMessageDay(zone);
        LocalDate doneUntil = recorded.isPresent() && recorded.get().isBefore(to.plusDays(1))
                ? recorded.get().minusDays(1) : to;
        if (!doneUntil.isBefore(from)) {
            operations.normMinutesByDay(from, doneUntil).forEach((day, minutes) -> days.put(day, minutes / 60.0));
        }
        if (recorded.isPresent() && !recorded.get().isAfter(to)) {
            LocalDate start = from.isAfter(recorded.get()) ? from : recorded.get();
            // the rest of the work (calls, meetings, reports, estimates) is measured by what was done
            Set<String> replies = new HashSet<>(settings.replyOperations().values());
            operations.operations(start, to, Optional.empty()).stream()
                    .filter(o -> !replies.contains(o.operation()))
                    .forEach(o -> days.merge(o.day(), o.normMinutes() / 60.0, Double::sum));
            Instant begin = start.atStartOfDay(zone).toInstant();
            Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
            List<ClockEvent> arrivals = new ArrayList<>(events.ofKind(ClockEventKind.CLIENT_MESSAGE, begin, end));
            events.ofKind(ClockEventKind.CREATED, begin, end).stream()
                    .filter(e -> e.actor() == null || !staff.contains(e.actor())).forEach(arrivals::add);
            Map<String, String> types = types(arrivals.stream().map(ClockEvent::issue).toList());
            for (ClockEvent e : arrivals) {
                days.merge(LocalDate.ofInstant(e.at(), zone), replyHours(settings, types.get(e.issue())), Double::sum);
            }
        }
        return days;
    }

    /** Where the history starts: the first day anything was recorded, done or arrived. */
    Optional<LocalDate> firstDay(ZoneId zone) {
        Optional<LocalDate> done = operations.firstOperationDay();
        Optional<LocalDate> message = firstMessageDay(zone);
        if (done.isEmpty()) {
            return message;
        }
        return message.isPresent() && message.get().isBefore(done.get()) ? message : done;
    }

    /** The work done per day in {@code [from, to]}, in norm-hours. */
    SortedMap<LocalDate, Double> done(LocalDate from, LocalDate to) {
        TreeMap<LocalDate, Double> days = new TreeMap<>();
        operations.normMinutesByDay(from, to).forEach((day, minutes) -> days.put(day, minutes / 60.0));
        return days;
    }

    /** The client messages unanswered now, with the norm of the answers they ask for. */
    Backlog backlog(Set<String> staff, ResultsSettings settings) {
        List<StoredClock> waiting = clocks.awaitingHeldBy(staff);
        double hours = 0;
        for (StoredClock c : waiting) {
            hours += replyHours(settings, c.clock().issueType());
        }
        return new Backlog(waiting.size(), hours);
    }

    private Optional<LocalDate> firstMessageDay(ZoneId zone) {
        return events.first(ClockEventKind.CLIENT_MESSAGE, ClockEventKind.CREATED)
                .map(at -> LocalDate.ofInstant(at, zone));
    }

    private Map<String, String> types(Collection<String> issues) {
        Map<String, String> types = new HashMap<>();
        clocks.ofIssues(new HashSet<>(issues)).forEach(c -> types.put(c.clock().issue(), c.clock().issueType()));
        return types;
    }

    /** The norm of the reply an issue type's message asks for; nothing when replies record nothing. */
    static double replyHours(ResultsSettings settings, String issueType) {
        return settings.replyOperation(issueType).flatMap(code -> settings.catalog().find(code))
                .map(Operation::standardMinutes).orElse(0) / 60.0;
    }
}
