package io.backstop.core.sla;

import io.backstop.core.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The one countdown every screen shows, worked out once on the server: how much working time is left until
 * {@code due} at {@code now}, and whether the countdown stands still because {@code now} is outside working time.
 *
 * <p>{@code workingSecondsLeft} is {@code working(now, due)} before the due instant and {@code -working(due, now)}
 * from it on: negative means overdue by that much working time. Nights, weekends, holidays and lunch breaks never
 * count, so the number agrees with the standard itself ({@code due = addWorking(awaitingSince, respondWithin)}).
 * Seconds are whole seconds towards zero: a fraction of a second neither starts nor ends being late. At the due
 * instant itself, and while only non-working time has passed since it, the answer is {@code 0}: the time is up but
 * no working time has been lost yet (rule 7 breaches at the first tick with {@code due <= t}).
 *
 * @param workingSecondsLeft working seconds from now to due; negative: working seconds from due to now
 * @param paused             whether {@code now} is outside working time, so the countdown does not move
 */
public record Countdown(long workingSecondsLeft, boolean paused) {

    /** The countdown to {@code due} at {@code now} by the department's calendar. */
    public static Countdown at(WorkCalendar calendar, Instant due, Instant now) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(now, "now");
        long seconds = now.isBefore(due) ? calendar.working(now, due).getSeconds()
                : -calendar.working(due, now).getSeconds();
        return new Countdown(seconds, paused(calendar, now));
    }

    /** Whether {@code now} is outside working time (a holiday, a day off, a night or a break within a day). */
    public static boolean paused(WorkCalendar calendar, Instant now) {
        return !calendar.isWorking(now);
    }

    /** The working time left as a duration; negative when overdue. */
    public Duration left() {
        return Duration.ofSeconds(workingSecondsLeft);
    }

    /** Whether no working time is left: at or past the due instant as far as working time goes. */
    public boolean timeIsUp() {
        return workingSecondsLeft <= 0;
    }
}
