package io.backstop.core.forecast;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One week ahead: expected load against capacity, both in norm-hours. A flagged week's {@code gap} is the
 * norm-hours left over; {@code operatorHours} and {@code managerHours} are the hours of an operator or of an
 * experienced manager that would earn it (empty when that efficiency is not known).
 */
public record WeekPlan(LocalDate week, double load, LoadBasis basis, double capacity, double gap,
                       OptionalDouble operatorHours, OptionalDouble managerHours) {

    public boolean flagged() {
        return gap > 0;
    }
}
