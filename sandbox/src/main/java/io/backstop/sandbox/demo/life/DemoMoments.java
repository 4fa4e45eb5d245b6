package io.backstop.sandbox.demo.life;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.calendar.WorkingSpan;
import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoHistory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * When the demo's seeded records happened: moments in working time of this month or the last, so that every
 * month-based screen has something in both, whatever day the demo starts.
 */
final class DemoMoments {

    private DemoMoments() {
    }

    /** A working moment of this month before {@code now}; last month's if this month has had no working time yet. */
    static Instant thisMonth(DemoHistory history, Instant now, Random random) {
        LocalDate first = now.atZone(history.zone()).toLocalDate().withDayOfMonth(1);
        return workingMoment(history, first, now, random).orElseGet(() -> lastMonth(history, now, random));
    }

    /** A working moment of the month before {@code now}'s. */
    static Instant lastMonth(DemoHistory history, Instant now, Random random) {
        LocalDate first = now.atZone(history.zone()).toLocalDate().withDayOfMonth(1);
        Instant monthStart = first.atStartOfDay(history.zone()).toInstant();
        return workingMoment(history, first.minusMonths(1), monthStart, random)
                .orElseThrow(() -> new IllegalStateException("no working time in the month before " + first));
    }

    /** A random moment within the working spans of the days from {@code from} that lies before {@code before}. */
    private static Optional<Instant> workingMoment(DemoHistory history, LocalDate from, Instant before,
                                                  Random random) {
        WorkCalendar calendar = DemoDepartment.calendar(history.zone());
        LocalDate last = before.atZone(history.zone()).toLocalDate();
        List<Instant[]> spans = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            for (WorkingSpan span : calendar.workingSpans(day)) {
                Instant end = span.end().isBefore(before) ? span.end() : before;
                if (end.isAfter(span.start())) {
                    spans.add(new Instant[] {span.start(), end});
                }
            }
        }
        if (spans.isEmpty()) {
            return Optional.empty();
        }
        Instant[] span = spans.get(random.nextInt(spans.size()));
        long seconds = Duration.between(span[0], span[1]).toSeconds();
        return Optional.of(span[0].plusSeconds(seconds <= 1 ? 0 : random.nextLong(seconds)));
    }
}
