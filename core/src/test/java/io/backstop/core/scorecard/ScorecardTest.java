package io.backstop.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.backstop.core.norms.Ramp;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Components against targets, weights that sum to 1, the weighted total. */
class ScorecardTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Targets TARGETS = Targets.of(140, 500_000_00L, 100);

    @Test
    void eachComponentAgainstItsTarget() {
        MonthResults anna = new MonthResults("anna", MARCH, 126, 400_000_00L, 171, 190, 1, 50);
        Score score = Scorecard.departmentDefault().score(anna, TARGETS);
        assertThat(score.of(Component.OUTPUT)).isCloseTo(0.9, within(1e-12));
        assertThat(score.of(Component.RECEIVABLES)).isCloseTo(0.8, within(1e-12));
        assertThat(score.of(Component.TIMELINESS)).isCloseTo(0.9 / 0.95, within(1e-12));
        assertThat(score.of(Component.QUALITY)).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(score.of(Component.UPSELLS)).isCloseTo(0.5, within(1e-12));
        double expected = 0.35 * 0.9 + 0.25 * 0.8 + 0.15 * (0.9 / 0.95) + 0.10 * (2 / 3.0) + 0.15 * 0.5;
        assertThat(score.total()).isCloseTo(expected, within(1e-12));
        assertThat(score.weighted(Component.UPSELLS)).isCloseTo(0.075, within(1e-12));
    }

    @Test
    void scoresAreCappedSoOneTargetCannotHideAnother() {
        MonthResults star = new MonthResults("boris", MARCH, 400, 0, 10, 10, 0, 1000);
        Score score = Scorecard.departmentDefault().score(star, TARGETS);
        assertThat(score.of(Component.OUTPUT)).isEqualTo(1.0);
        assertThat(score.of(Component.RECEIVABLES)).isZero();
        // upsells pay above the target, but only up to the ceiling (1.5 x target): 10 x the target scores 1.5
        assertThat(score.of(Component.UPSELLS)).isEqualTo(1.5);
        assertThat(score.total()).isCloseTo(0.35 + 0.15 + 0.10 + 0.15 * 1.5, within(1e-12));
        assertThat(score.total()).isEqualTo(Scorecard.departmentDefault().maxTotal() - 0.25);
    }

    @Test
    void nothingExpectedScoresOne() {
        MonthResults away = new MonthResults("vera", MARCH, 0, 0, 0, 0, 0, 0);
        Score score = Scorecard.departmentDefault().score(away, new Targets(0, 0, 0.95, 3, 0));
        assertThat(score.total()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void complaintsTakeEqualSteps() {
        assertThat(Scorecard.quality(0, 3)).isEqualTo(1.0);
        assertThat(Scorecard.quality(3, 3)).isEqualTo(0.0);
        assertThat(Scorecard.quality(7, 3)).isEqualTo(0.0);
    }

    @Test
    void upsellsCanBeRaisedToTheProposal() {
        Weights proposal = Weights.DEFAULT.withUpsells(0.35);
        assertThat(proposal.upsells()).isEqualTo(0.35);
        assertThat(proposal.output() / proposal.receivables()).isCloseTo(0.35 / 0.25, within(1e-12));
        assertThat(proposal.output() + proposal.receivables() + proposal.timeliness() + proposal.quality()
                + proposal.upsells()).isCloseTo(1, within(1e-12));
        assertThat(new Weights(0, 0, 0, 0, 1).withUpsells(0.2).output()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void weightsMustSumToOne() {
        assertThatThrownBy(() -> new Weights(0.35, 0.25, 0.15, 0.05, 0.15))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weights: must sum to 1, got 0.95 (output 0.35 + receivables 0.25 + timeliness 0.15 "
                        + "+ quality 0.05 + upsells 0.15 + rescue 0.0)");
        assertThatThrownBy(() -> new Weights(1.2, -0.2, 0, 0, 0)).hasMessageStartingWith("output: must be between");
        assertThat(new Weights(0.3, 0.2, 0.1, 0.1, 0.3).upsells()).isEqualTo(0.3); // 0.3+0.2+0.1+0.1+0.3 in binary
    }

    @Test
    void theOutputTargetFollowsTheRamp() {
        Ramp ramp = Ramp.departmentDefault();
        assertThat(Targets.outputNormHours(ramp, 2, 160 * 60)).isCloseTo(60, within(1e-9));
        assertThat(Targets.outputNormHours(ramp, 12, 160 * 60)).isCloseTo(140, within(1e-9));
        assertThat(Targets.outputNormHours(ramp, 12, 0)).isZero();
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> new MonthResults("a", MARCH, 1, 0, 5, 4, 0, 0))
                .hasMessage("repliesOnTime: must not exceed repliesTotal, got 5 > 4");
        assertThatThrownBy(() -> new MonthResults("a", MARCH, 1, 0, 0, 0, 0, -1))
                .hasMessage("upsellPoints: must not be negative, got -1");
        assertThatThrownBy(() -> new Targets(1, 1, 0, 3, 1)).hasMessageStartingWith("onTimeShare");
        assertThatThrownBy(() -> new Targets(1, 1, 0.9, 0, 1)).hasMessageStartingWith("complaintsToZero");
        assertThatThrownBy(() -> new Scorecard(null)).hasMessage("weights: must not be null");
    }
}
