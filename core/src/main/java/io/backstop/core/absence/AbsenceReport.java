package io.backstop.core.absence;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.calendar.WorkingSpan;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.validation.Check;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The absence report's rules: days absent by kind in the department's working time, planned against unplanned,
 * and the norm-hours the department lost.
 *
 * <p>Schedules for a month are handed in by the {@value #SCHEDULE_DAY}th of the month before (inclusive, in the
 * department's zone); an absence handed in before that deadline is planned for that month. Each month's deadline
 * is checked on its own: a vacation from 28 April to 10 May handed in on 10 April is unplanned in April (too late
 * for April's schedule) and planned in May (in time for May's).
 *
 * <p>Overlapping absences count once: a second belongs to the absence that started first (then the one listed
 * first), so the kinds add up to the total.
 *
 * <p>Busy time ({@link AbsenceKind#BUSY}, rule 12: a meeting, a long call) is no absence: it is left out before
 * anything is counted, so it neither shows as days nor costs norm-hours, nor takes a second from an absence it
 * overlaps.
 */
public final class AbsenceReport {

    /** The day of the month by which next month's schedules are handed in. */
    public static final int SCHEDULE_DAY = 18;

    private AbsenceReport() {
    }

    /** The first instant after which an absence in {@code month} is no longer in its schedule. */
    public static Instant scheduleDeadline(YearMonth month, ZoneId zone) {
        Check.notNull(month, "month");
        Check.notNull(zone, "zone");
        return month.minusMonths(1).atDay(SCHEDULE_DAY).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether an absence counts as planned for {@code month}. */
    public static boolean planned(HandedIn absence, YearMonth month, ZoneId zone) {
        return absence.recordedAt().map(at -> at.isBefore(scheduleDeadline(month, zone))).orElse(true);
    }

    /** One person's absence in one month; other people's absences and busy time in the list are ignored. */
    public static MonthAbsence month(WorkCalendar calendar, String person, YearMonth month,
                                     List<HandedIn> absences, ExpectedRate rate) {
        Check.notNull(calendar, "calendar");
        Check.notBlank(person, "person");
        Check.notNull(month, "month");
        Check.notNull(rate, "rate");
        ZoneId zone = calendar.zone();
        List<HandedIn> own = Check.list(absences, "absences").stream()
                .filter(a -> a.absence().person().equals(person) && a.absence().kind().isAbsence())
                .sorted(Comparator.comparing((HandedIn a) -> a.absence().from()))
                .toList();
        Map<AbsenceKind, Double> kinds = new EnumMap<>(AbsenceKind.class);
        double planned = 0;
        double unplanned = 0;
        double undated = 0;
        double hours = 0;
        double lost = 0;
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            List<WorkingSpan> spans = calendar.workingSpans(day);
            long working = 0;
            for (WorkingSpan span : spans) {
                working += Duration.between(span.start(), span.end()).toSeconds();
            }
            if (working == 0) {
                continue;
            }
            double perHour = rate.normHoursPerHour(person, day);
            for (WorkingSpan span : spans) {
                for (Piece piece : pieces(span, own)) {
                    double dayPart = (double) piece.seconds / working;
                    kinds.merge(piece.absence.absence().kind(), dayPart, Double::sum);
                    if (planned(piece.absence, month, zone)) {
                        planned += dayPart;
                        if (piece.absence.recordedAt().isEmpty()) {
                            undated += dayPart;
                        }
                    } else {
                        unplanned += dayPart;
                    }
                    hours += piece.seconds / 3600.0;
                    lost += piece.seconds / 3600.0 * perHour;
                }
            }
        }
        return new MonthAbsence(person, month, new AbsenceFigures(kinds, planned, unplanned, undated, hours, lost));
    }

    /** The sum of one person's months; {@link AbsenceFigures#NONE} for none. */
    public static AbsenceFigures total(List<MonthAbsence> months) {
        AbsenceFigures sum = AbsenceFigures.NONE;
        for (MonthAbsence m : Check.list(months, "months")) {
            sum = sum.plus(m.figures());
        }
        return sum;
    }

    private record Piece(HandedIn absence, long seconds) {
    }

    /** Splits a working span at every absence boundary and gives each covered piece to its first absence. */
    private static List<Piece> pieces(WorkingSpan span, List<HandedIn> absences) {
        TreeSet<Instant> cuts = new TreeSet<>();
        cuts.add(span.start());
        cuts.add(span.end());
        for (HandedIn a : absences) {
            if (a.absence().from().isAfter(span.start()) && a.absence().from().isBefore(span.end())) {
                cuts.add(a.absence().from());
            }
            if (a.absence().to().isAfter(span.start()) && a.absence().to().isBefore(span.end())) {
                cuts.add(a.absence().to());
            }
        }
        List<Piece> pieces = new ArrayList<>();
        Instant previous = null;
        for (Instant cut : cuts) {
            if (previous != null) {
                for (HandedIn a : absences) {
                    if (a.absence().covers(previous)) {
                        pieces.add(new Piece(a, Duration.between(previous, cut).toSeconds()));
                        break;
                    }
                }
            }
            previous = cut;
        }
        return pieces;
    }
}
