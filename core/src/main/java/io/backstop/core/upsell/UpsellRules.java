package io.backstop.core.upsell;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.List;

/**
 * When an offer counts as sold and what it earns: an invoice for the offered service to the same client issued 1 to
 * {@code soldWithinDays} days after the offer's day; points = the adjacency level of the offer x the points
 * of the band the invoiced amount falls in (below the first band: none).
 *
 * @param bands ascending by {@code fromRoubles}
 */
public record UpsellRules(int soldWithinDays, List<AmountBand> bands) {

    public static final int DEFAULT_SOLD_WITHIN_DAYS = 60;

    /**
     * The department's starting bands: a sale under 1,000 roubles is a trifle and earns nothing; from 1,000 roubles
     * 2 points per level, from 5,000 5, from 15,000 10, from 50,000 15, from 150,000 20. A level-2 sale of SEO for
     * 20,000 roubles earns 2 x 10 = 20 points, what the adjacency table gave it before amounts counted.
     */
    public static final UpsellRules DEFAULT = new UpsellRules(DEFAULT_SOLD_WITHIN_DAYS, List.of(
            new AmountBand(1_000, 2), new AmountBand(5_000, 5), new AmountBand(15_000, 10),
            new AmountBand(50_000, 15), new AmountBand(150_000, 20)));

    public UpsellRules {
        if (soldWithinDays < 1 || soldWithinDays > 366) {
            throw Check.invalid("soldWithinDays", Problem.of("error.upsell.days", soldWithinDays));
        }
        bands = Check.list(bands, "bands");
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).fromRoubles() <= bands.get(i - 1).fromRoubles()) {
                throw Check.invalid("bands[" + i + "].fromRoubles", Problem.of("error.upsell.aboveBandBefore",
                        bands.get(i).fromRoubles(), bands.get(i - 1).fromRoubles()));
            }
        }
    }

    /** The points per level a sale of {@code kopecks} earns: its band's, 0 below the first band. */
    public int bandPoints(long kopecks) {
        int points = 0;
        for (AmountBand band : bands) {
            if (kopecks >= band.fromKopecks()) {
                points = band.points();
            }
        }
        return points;
    }
}
