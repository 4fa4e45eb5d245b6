package io.backstop.sandbox.demo;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.calendar.WorkingSpan;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the demo's time starts. Started on the real time, three starts in four would land on a night, a weekend or
 * a holiday, where nothing moves and a month may not have begun; so the demo starts an hour into the last working
 * day whose morning has come: a department at work, with this month's first hour behind it whatever the date.
 */
public final class DemoStart {

    /** How far into the working day the demo starts: the morning's first messages are in. */
    public static final Duration INTO_THE_DAY = Duration.ofHours(1);

    private DemoStart() {
    }

    /** One hour after the first working span of the last working day whose such hour is at or before {@code now}. */
    public static Instant lastWorkingMorning(WorkCalendar calendar, Instant now) {
        LocalDate day = now.atZone(calendar.zone()).toLocalDate();
        for (int i = 0; i < 3660; i++, day = day.minusDays(1)) {
            List<WorkingSpan> spans = calendar.workingSpans(day);
            if (!spans.isEmpty()) {
                Instant morning = spans.get(0).start().plus(INTO_THE_DAY);
                if (!morning.isAfter(now)) {
                    return morning;
                }
            }
        }
        throw new IllegalArgumentException("no working day in the ten years before " + now);
    }

    /**
     * Where a restarted demo resumes: its last working morning, unless the demo already lived past it (restarted
     * the same day, or within a long weekend), then where it was; never behind what it stored.
     */
    public static Instant resume(WorkCalendar calendar, Instant now, Instant lived) {
        Instant morning = lastWorkingMorning(calendar, now);
        return lived.isAfter(morning) ? lived : morning;
    }
}
