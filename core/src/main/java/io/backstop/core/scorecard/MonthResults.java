package io.backstop.core.scorecard;

import io.backstop.core.validation.Check;
import java.time.YearMonth;

/** One person's month as the other rules measured it; the scorecard only weighs it. */
public record MonthResults(String person, YearMonth month, double normHours, long collectedKopecks,
                           int repliesOnTime, int repliesTotal, int complaints, long upsellPoints) {

    public MonthResults {
        Check.notBlank(person, "person");
        Check.notNull(month, "month");
        Check.finiteNotNegative(normHours, "normHours");
        Check.notNegative(collectedKopecks, "collectedKopecks");
        Check.notNegative(repliesOnTime, "repliesOnTime");
        Check.notNegative(repliesTotal, "repliesTotal");
        if (repliesOnTime > repliesTotal) {
            throw Check.invalid("repliesOnTime", "must not exceed repliesTotal, got " + repliesOnTime
                    + " > " + repliesTotal);
        }
        Check.notNegative(complaints, "complaints");
        Check.notNegative(upsellPoints, "upsellPoints");
    }
}
