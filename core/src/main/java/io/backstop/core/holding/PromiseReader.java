package io.backstop.core.holding;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.calendar.WorkingSpan;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The promise a holding reply's words make: the day it names, in the calendar's zone and relative to the reply's
 * day, at the end of that day's working time, or at the time written next to the day.
 *
 * <p>Decisions, so that a manager is held to what a client would read:
 * <ul>
 * <li>A named day with no working time (a weekend, a holiday) means the end of the next working day's working
 *     time: the manager named it without thinking of the calendar, and the client expects nothing before then.</li>
 * <li>A written time is kept as written, working time or not: the manager named that very instant.</li>
 * <li>With several days named ("сегодня передали специалисту, ответим в четверг") the latest is the promise: the
 *     full answer is owed when everything written is done.</li>
 * <li>A day right after "от", "с", "по", "from", "since", "dated", "of", "last" or "прошлый" is a reference ("ваше
 *     письмо от 10.12", "работаем с понедельника по пятницу"), not a promise.</li>
 * <li>A promise that is not after the reply is no promise: "ответим сегодня" written after hours. A day before
 *     the reply's day is skipped, and a date without a year is the nearer of this year's and next
 *     ({@link WrittenDates#date}).</li>
 * <li>A time alone ("до 15:00") names no day ({@link WrittenTimes}); a weekday is the next one after today
 *     ({@link NamedDays}).</li>
 * </ul>
 */
final class PromiseReader {

    /** Beyond this many days of holidays in a row no working day is looked for; no department closes that long. */
    static final int DAYS_TO_LOOK_AHEAD = 366;

    private static final Set<String> REFERENCE_WORDS = Set.of("от", "с", "со", "по", "from", "since", "dated", "of",
            "last", "past", "прошлый", "прошлую", "прошлой", "прошлое", "прошлого", "прошлом", "прошедший");

    private PromiseReader() {
    }

    /** The promise in {@code own} (lower-case own words of a reply made at {@code repliedAt}), if any. */
    static Optional<Instant> read(String own, Instant repliedAt, WorkCalendar calendar) {
        LocalDate today = repliedAt.atZone(calendar.zone()).toLocalDate();
        List<DayMention> days = new ArrayList<>(NamedDays.find(own, today, day -> !calendar.workingSpans(day)
                .isEmpty()));
        days.addAll(WrittenDates.find(own, today));
        List<TimeMention> times = WrittenTimes.find(own);
        Instant latest = null;
        for (DayMention day : days) {
            if (day.day().isBefore(today) || REFERENCE_WORDS.contains(OwnWords.wordBefore(own, day.start()))) {
                continue; // a past day, even a Sunday whose next working day is today, promises nothing
            }
            Optional<LocalTime> time = WrittenTimes.nearest(day, times, own);
            Optional<Instant> due = time.isPresent()
                    ? Optional.of(ZonedDateTime.of(day.day(), time.get(), calendar.zone()).toInstant())
                    : endOfWorkingDay(day.day(), calendar);
            if (due.isPresent() && (latest == null || due.get().isAfter(latest))) {
                latest = due.get();
            }
        }
        return Optional.ofNullable(latest).filter(due -> due.isAfter(repliedAt));
    }

    /** The end of {@code day}'s last working span, or of the next day's that has one. */
    static Optional<Instant> endOfWorkingDay(LocalDate day, WorkCalendar calendar) {
        for (int ahead = 0; ahead <= DAYS_TO_LOOK_AHEAD; ahead++) {
            List<WorkingSpan> spans = calendar.workingSpans(day.plusDays(ahead));
            if (!spans.isEmpty()) {
                return Optional.of(spans.get(spans.size() - 1).end());
            }
        }
        return Optional.empty();
    }
}
