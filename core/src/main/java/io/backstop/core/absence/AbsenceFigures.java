package io.backstop.core.absence;

import io.backstop.core.staff.AbsenceKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Absence over a period. Days are working days of the department calendar: an absence covering half of a day's
 * working time counts 0.5. Every absent working second belongs to exactly one kind and is either planned or not,
 * so the kinds add up to {@link #days()} and so do planned and unplanned. Busy time ({@link AbsenceKind#BUSY},
 * rule 12) is no absence: it has no entry in {@code daysByKind} and counts nothing here.
 *
 * @param plannedDays in the schedule: handed in before the deadline of the month it falls in
 * @param undatedDays the part of {@code plannedDays} from absences stored before Backstop kept when they were
 *                    handed in; counted as planned, since nothing says they were late
 * @param absentHours absent working hours
 * @param normHoursLost absent working hours times the person's {@link ExpectedRate}
 */
public record AbsenceFigures(Map<AbsenceKind, Double> daysByKind, double plannedDays, double unplannedDays,
                             double undatedDays, double absentHours, double normHoursLost) {

    public static final AbsenceFigures NONE = new AbsenceFigures(Map.of(), 0, 0, 0, 0, 0);

    public AbsenceFigures {
        EnumMap<AbsenceKind, Double> all = new EnumMap<>(AbsenceKind.class);
        for (AbsenceKind kind : AbsenceKind.absences()) {
            all.put(kind, daysByKind.getOrDefault(kind, 0.0));
        }
        daysByKind = Collections.unmodifiableMap(all);
    }

    public double days() {
        double sum = 0;
        for (double d : daysByKind.values()) {
            sum += d;
        }
        return sum;
    }

    /** Days of one kind; always 0 for {@link AbsenceKind#BUSY}. */
    public double days(AbsenceKind kind) {
        return daysByKind.getOrDefault(kind, 0.0);
    }

    public AbsenceFigures plus(AbsenceFigures other) {
        EnumMap<AbsenceKind, Double> kinds = new EnumMap<>(AbsenceKind.class);
        for (AbsenceKind kind : AbsenceKind.absences()) {
            kinds.put(kind, days(kind) + other.days(kind));
        }
        return new AbsenceFigures(kinds, plannedDays + other.plannedDays, unplannedDays + other.unplannedDays,
                undatedDays + other.undatedDays, absentHours + other.absentHours,
                normHoursLost + other.normHoursLost);
    }
}
