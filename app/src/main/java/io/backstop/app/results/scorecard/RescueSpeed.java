package io.backstop.app.results.scorecard;

import io.backstop.app.response.ClockEvent;
import io.backstop.app.response.ClockEventKind;
import io.backstop.core.calendar.WorkCalendar;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Rescue speed: how fast a breached issue handed to someone (rule 7's {@code BREACH} move) was answered. For each
 * move: the working time from the move to the staff reply, by anyone, that ended the breached awaiting cycle; not
 * answered yet, the working time until now, or until the issue was resolved without an answer. A move the tracker
 * refused handed nothing and is no rescue.
 */
final class RescueSpeed {

    /** What a refused move's timeline row says ({@code ClockEvent.of(Reassignment, ...)}). */
    private static final String NOT_APPLIED = "not applied";

    private final WorkCalendar calendar;
    private final Function<String, List<ClockEvent>> timeline;
    private final Map<String, List<ClockEvent>> read = new HashMap<>();

    /** {@code timeline}: an issue's timeline in the order it happened (read once per issue). */
    RescueSpeed(WorkCalendar calendar, Function<String, List<ClockEvent>> timeline) {
        this.calendar = calendar;
        this.timeline = timeline;
    }

    /** Whether a timeline row is a breached issue handed over: a {@code BREACH} move the tracker carried out. */
    static boolean isRescue(ClockEvent event) {
        return event.kind() == ClockEventKind.REASSIGNED && "BREACH".equals(event.reason()) && event.to() != null
                && (event.detail() == null || !event.detail().startsWith(NOT_APPLIED));
    }

    /** Per person the moves came to: their rescues in the period of {@code moves}, measured at {@code now}. */
    SortedMap<String, PersonSla.Rescues> of(List<ClockEvent> moves, Instant now) {
        SortedMap<String, List<Timed>> byPerson = new TreeMap<>();
        for (ClockEvent move : moves) {
            if (isRescue(move)) {
                byPerson.computeIfAbsent(move.to(), k -> new ArrayList<>()).add(measure(move, now));
            }
        }
        SortedMap<String, PersonSla.Rescues> result = new TreeMap<>();
        byPerson.forEach((person, timed) -> result.put(person, rescues(timed)));
        return result;
    }

    /** One rescue: when it was handed over, how long until it was answered (or so far), and whether it was. */
    record Timed(YearMonth month, long seconds, boolean answered) {
    }

    private Timed measure(ClockEvent move, Instant now) {
        Instant end = null;
        boolean answered = false;
        for (ClockEvent e : read.computeIfAbsent(move.issue(), timeline)) {
            if (e.at().isBefore(move.at())) {
                continue;
            }
            if (e.kind() == ClockEventKind.STAFF_REPLY && e.onTime() != null
                    && e.awaitingSince() != null && e.awaitingSince().equals(move.awaitingSince())) {
                end = e.at();
                answered = true;
                break;
            }
            if (e.kind() == ClockEventKind.RESOLVED) {
                end = e.at();
                break;
            }
        }
        if (end == null) {
            end = now.isBefore(move.at()) ? move.at() : now;
        }
        return new Timed(YearMonth.from(move.at().atZone(calendar.zone())), calendar.working(move.at(), end).getSeconds(),
                answered);
    }

    private static PersonSla.Rescues rescues(List<Timed> timed) {
        SortedMap<YearMonth, List<Timed>> byMonth = new TreeMap<>();
        timed.forEach(t -> byMonth.computeIfAbsent(t.month(), k -> new ArrayList<>()).add(t));
        List<PersonSla.Month> months = new ArrayList<>();
        byMonth.forEach((month, list) -> months.add(new PersonSla.Month(month, list.size(), unanswered(list),
                median(seconds(list)), p90(seconds(list)))));
        long[] all = seconds(timed);
        return new PersonSla.Rescues(timed.size(), unanswered(timed), median(all), p90(all), months);
    }

    private static int unanswered(List<Timed> timed) {
        return (int) timed.stream().filter(t -> !t.answered()).count();
    }

    private static long[] seconds(List<Timed> timed) {
        return timed.stream().mapToLong(Timed::seconds).sorted().toArray();
    }

    /** The middle value of sorted values; of an even count, the mean of the two middle ones, whole seconds down. */
    static long median(long[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The nearest-rank 90th percentile of sorted values: the smallest with at least 90% of them at or below it. */
    static long p90(long[] sorted) {
        int rank = (9 * sorted.length + 9) / 10; // ceil(0.9 n) in whole numbers
        return sorted[Math.max(rank, 1) - 1];
    }
}
