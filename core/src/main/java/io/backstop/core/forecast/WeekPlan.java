package io.backstop.core.forecast;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One week ahead, all in norm-hours. The load to serve is the demand expected to arrive ({@code demand}, of which
 * {@code promotion} comes from the head's promotions) plus the work {@code carried} over unserved from the week
 * before (the current backlog for the first week). The capacity is what the people present can earn after the
 * recorded (planned) absences, less the {@code unplanned} absence expected from the department's own history. A
 * flagged week's {@code gap} is the norm-hours left unserved; {@code operatorHours} and {@code managerHours} are
 * the hours of an operator or of an experienced manager that would earn it (empty when that efficiency is not
 * known).
 */
public record WeekPlan(LocalDate week, LoadBasis basis, Optional<SeasonMap.Period> period, double demand,
                       double promotion, double carried, double plannedCapacity, double unplanned, double gap,
                       OptionalDouble operatorHours, OptionalDouble managerHours) {

    /** What the week has to serve: what arrives and what was left from before. */
    public double load() {
        return demand + carried;
    }

    /** The capacity expected: planned capacity less the expected unplanned absence, never below zero. */
    public double capacity() {
        return Math.max(0, plannedCapacity - unplanned);
    }

    public boolean flagged() {
        return gap > 0;
    }
}
