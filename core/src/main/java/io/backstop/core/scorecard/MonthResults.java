package io.backstop.core.scorecard;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.YearMonth;

/**
 * One person's month as the other rules measured it; the scorecard only weighs it.
 *
 * @param collectedKopecks overdue money collected in the month (payments against what was overdue at its start)
 * @param rescues breached issues handed to the person in the month
 * @param rescueMedianSeconds the median working time from such a hand-over to its answer (0 without rescues)
 * @param lostClients pressed clients of theirs who left, counted in the month their waiting time ran out
 */
public record MonthResults(String person, YearMonth month, double normHours, long collectedKopecks,
                           int repliesOnTime, int repliesTotal, int complaints, long upsellPoints,
                           int rescues, long rescueMedianSeconds, int lostClients) {

    public MonthResults {
        Check.notBlank(person, "person");
        Check.notNull(month, "month");
        Check.finiteNotNegative(normHours, "normHours");
        Check.notNegative(collectedKopecks, "collectedKopecks");
        Check.notNegative(repliesOnTime, "repliesOnTime");
        Check.notNegative(repliesTotal, "repliesTotal");
        if (repliesOnTime > repliesTotal) {
            throw Check.invalid("repliesOnTime", Problem.of("error.scorecard.exceedRepliestotal",
                    repliesOnTime, repliesTotal));
        }
        Check.notNegative(complaints, "complaints");
        Check.notNegative(upsellPoints, "upsellPoints");
        Check.notNegative(rescues, "rescues");
        Check.notNegative(rescueMedianSeconds, "rescueMedianSeconds");
        Check.notNegative(lostClients, "lostClients");
    }

    /** A month without rescues or clients lost. */
    public MonthResults(String person, YearMonth month, double normHours, long collectedKopecks,
                        int repliesOnTime, int repliesTotal, int complaints, long upsellPoints) {
        this(person, month, normHours, collectedKopecks, repliesOnTime, repliesTotal, complaints, upsellPoints,
                0, 0, 0);
    }
}
