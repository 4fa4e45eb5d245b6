package io.backstop.app.notes;

import io.backstop.app.settings.NotesLanguage;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Instants as people write them in a note: the local time in the calendar's zone (summer time included) with the
 * weekday, day and month, and the year only when it is not the year of the note's own moment. Russian
 * {@code пн 02.11 14:00}, English {@code Mon 2 Nov 14:00}; the patterns are the notes bundle's {@code notes.time}
 * and {@code notes.time.otherYear}.
 */
public final class NoteTimes {

    private final ZoneId zone;
    private final DateTimeFormatter sameYear;
    private final DateTimeFormatter otherYear;

    private NoteTimes(NotesLanguage language, ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.sameYear = DateTimeFormatter.ofPattern(IssueNotes.pattern(language, "notes.time"), language.locale());
        this.otherYear = DateTimeFormatter.ofPattern(IssueNotes.pattern(language, "notes.time.otherYear"),
                language.locale());
    }

    public static NoteTimes of(NotesLanguage language, ZoneId zone) {
        return new NoteTimes(language, zone);
    }

    /** {@code instant} in local time; with its year when that differs from the year of {@code noteMoment}. */
    public String format(Instant instant, Instant noteMoment) {
        ZonedDateTime local = instant.atZone(zone);
        boolean thisYear = local.getYear() == noteMoment.atZone(zone).getYear();
        return (thisYear ? sameYear : otherYear).format(local);
    }

    /** The note's own moment: never with a year. */
    public String format(Instant moment) {
        return format(moment, moment);
    }
}
