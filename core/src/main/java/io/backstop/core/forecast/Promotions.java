package io.backstop.core.forecast;

import io.backstop.core.validation.Check;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The extra demand of the head's promotions, per forecast week, in norm-hours. */
public final class Promotions {

    private Promotions() {
    }

    /**
     * <ul>
     *   <li>{@code PERCENT}: the week's seasonal demand x percent / 100 x the share of the week's working days the
     *   promotion covers (a week without working time has no demand to raise).</li>
     *   <li>{@code MESSAGES_PER_DAY}: each day of the promotion (working or not) brings that many messages at
     *   {@code messageHours} each; they are served on that day's first working day, so a holiday's messages land in
     *   the week after it, as {@link SeasonMap} does with last year's.</li>
     * </ul>
     *
     * @param messageHours the norm of answering one client message, in hours
     */
    public static Map<LocalDate, Double> extra(List<Promotion> promotions, List<WeekLoad> weeks, SeasonMap season,
                                               double messageHours) {
        Check.list(promotions, "promotions");
        Check.list(weeks, "weeks");
        Check.finiteNotNegative(messageHours, "messageHours");
        TreeMap<LocalDate, Double> extra = new TreeMap<>();
        if (weeks.isEmpty()) {
            return extra;
        }
        LocalDate first = weeks.get(0).week();
        LocalDate end = weeks.get(weeks.size() - 1).week().plusDays(7);
        for (Promotion p : promotions) {
            for (WeekLoad w : weeks) {
                if (p.kind() == Promotion.Kind.PERCENT) {
                    int working = season.workingDays(w.week());
                    int covered = 0;
                    for (int i = 0; i < 7; i++) {
                        LocalDate d = w.week().plusDays(i);
                        covered += p.covers(d) && season.working(d) ? 1 : 0;
                    }
                    if (covered > 0) {
                        extra.merge(w.week(), w.normHours() * p.amount() / 100 * covered / working, Double::sum);
                    }
                }
            }
            if (p.kind() == Promotion.Kind.MESSAGES_PER_DAY) {
                for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
                    LocalDate served = d;
                    for (int i = 0; i < 31 && !season.working(served); i++) {
                        served = served.plusDays(1);
                    }
                    LocalDate week = LoadForecast.weekOf(served);
                    if (!week.isBefore(first) && week.isBefore(end)) {
                        extra.merge(week, p.amount() * messageHours, Double::sum);
                    }
                }
            }
        }
        return extra;
    }
}
