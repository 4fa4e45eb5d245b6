package io.backstop.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The total stays in [0, the weights' best] and never falls when a result improves, whatever the weights and
 * targets; every score is in [0, 1] but upsells, which stop at the ceiling.
 */
class ScorecardPropertyTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Provide
    Arbitrary<Weights> weights() {
        // Six random parts normalised to sum to 1.
        return Arbitraries.integers().between(0, 100).list().ofSize(6)
                .filter(parts -> parts.stream().mapToInt(Integer::intValue).sum() > 0)
                .map(parts -> {
                    double sum = parts.stream().mapToInt(Integer::intValue).sum();
                    return new Weights(parts.get(0) / sum, parts.get(1) / sum, parts.get(2) / sum,
                            parts.get(3) / sum, parts.get(4) / sum, parts.get(5) / sum);
                });
    }

    @Provide
    Arbitrary<Targets> targets() {
        return Combinators.combine(Arbitraries.integers().between(0, 200), Arbitraries.longs().between(0, 1_000_000_00L),
                        Arbitraries.integers().between(1, 100), Arbitraries.integers().between(1, 5),
                        Arbitraries.longs().between(0, 300))
                .as((nh, collect, share, toZero, points) -> new Targets(nh, collect, share / 100.0, toZero, points));
    }

    @Provide
    Arbitrary<MonthResults> results() {
        return Combinators.combine(Arbitraries.integers().between(0, 300), Arbitraries.longs().between(0, 2_000_000_00L),
                        Arbitraries.integers().between(0, 200), Arbitraries.integers().between(0, 200),
                        Arbitraries.integers().between(0, 6), Arbitraries.longs().between(0, 500))
                .as((nh, collected, a, b, complaints, points) -> new MonthResults("anna", MARCH, nh, collected,
                        Math.min(a, b), Math.max(a, b), complaints, points));
    }

    @Property(tries = 500)
    void totalIsInZeroOneAndMonotoneInEachComponent(@ForAll("weights") Weights weights,
                                                    @ForAll("targets") Targets targets,
                                                    @ForAll("results") MonthResults r,
                                                    @ForAll @IntRange(min = 1, max = 50) int step) {
        Scorecard card = new Scorecard(weights);
        Score base = card.score(r, targets);
        assertThat(base.total()).isBetween(0.0, card.maxTotal());
        base.components().forEach((c, s) -> assertThat(s).isBetween(0.0,
                c == Component.UPSELLS ? ScoreRules.DEFAULT_UPSELL_CEILING : 1.0));

        double t = base.total();
        double eps = 1e-12;
        MonthResults moreOutput = new MonthResults("anna", MARCH, r.normHours() + step, r.collectedKopecks(),
                r.repliesOnTime(), r.repliesTotal(), r.complaints(), r.upsellPoints());
        MonthResults moreCollected = new MonthResults("anna", MARCH, r.normHours(), r.collectedKopecks() + step * 1000L,
                r.repliesOnTime(), r.repliesTotal(), r.complaints(), r.upsellPoints());
        MonthResults moreOnTime = new MonthResults("anna", MARCH, r.normHours(), r.collectedKopecks(),
                Math.min(r.repliesTotal(), r.repliesOnTime() + step), r.repliesTotal(), r.complaints(), r.upsellPoints());
        MonthResults fewerComplaints = new MonthResults("anna", MARCH, r.normHours(), r.collectedKopecks(),
                r.repliesOnTime(), r.repliesTotal(), Math.max(0, r.complaints() - step), r.upsellPoints());
        MonthResults morePoints = new MonthResults("anna", MARCH, r.normHours(), r.collectedKopecks(),
                r.repliesOnTime(), r.repliesTotal(), r.complaints(), r.upsellPoints() + step);
        for (MonthResults better : new MonthResults[] {moreOutput, moreCollected, moreOnTime, fewerComplaints, morePoints}) {
            Score s = card.score(better, targets);
            assertThat(s.total()).isGreaterThanOrEqualTo(t - eps).isLessThanOrEqualTo(card.maxTotal());
            for (Component c : Component.values()) {
                assertThat(s.of(c)).isGreaterThanOrEqualTo(base.of(c));
            }
        }
    }

    @Property(tries = 200)
    void withUpsellsKeepsTheSumAtOne(@ForAll("weights") Weights weights, @ForAll @IntRange(max = 100) int percent) {
        Weights changed = weights.withUpsells(percent / 100.0);
        assertThat(changed.upsells()).isEqualTo(percent / 100.0);
    }
}
