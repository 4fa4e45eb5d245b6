package io.backstop.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.backstop.core.staff.Role;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17: weights per role, the head's department scorecard, prorated targets, the upsell ceiling, lost clients. */
class RolesAndRulesTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Test
    void theOperatorIsWeighedOnlyOnWhatHeCanEarnSoHisBestIsOne() {
        MonthResults perfect = new MonthResults("operator", MARCH, 140, 0, 50, 50, 0, 0, 10, 30 * 60, 0);
        Targets managersTargets = Targets.of(140, 300_000_00L, 60);
        Score score = new Scorecard(RoleWeights.DEFAULT.operator()).score(perfect, managersTargets);
        assertThat(score.total()).isCloseTo(1.0, within(1e-12));
        assertThat(score.weights().receivables()).isZero();
        assertThat(score.weights().upsells()).isZero();
        // the same month under the managers' weights: receivables and upsells he cannot earn cost him 0.40
        assertThat(new Scorecard(Weights.DEFAULT).score(perfect, managersTargets).total())
                .isCloseTo(0.60, within(1e-12));
    }

    @Test
    void rescueSpeedIsTheTargetOverTheMedian() {
        assertThat(Scorecard.rescue(0, 0, 3600)).isEqualTo(1.0);
        assertThat(Scorecard.rescue(4, 3600, 3600)).isEqualTo(1.0);
        assertThat(Scorecard.rescue(4, 7200, 3600)).isEqualTo(0.5);
    }

    @Test
    void upsellsAboveTargetPayUpToTheCeiling() {
        Scorecard card = new Scorecard(Weights.DEFAULT, new ScoreRules(1.5, 90, 0.5, 60));
        Targets targets = Targets.of(0, 0, 60);
        double atTarget = card.score(new MonthResults("a", MARCH, 0, 0, 0, 0, 0, 60), targets).total();
        double above = card.score(new MonthResults("a", MARCH, 0, 0, 0, 0, 0, 75), targets).total();
        double far = card.score(new MonthResults("a", MARCH, 0, 0, 0, 0, 0, 600), targets).total();
        assertThat(above).isGreaterThan(atTarget);
        assertThat(above - atTarget).isCloseTo(0.15 * 0.25, within(1e-12));
        assertThat(far).isCloseTo(1 + 0.15 * 0.5, within(1e-12)).isEqualTo(card.maxTotal());
        Scorecard capped = new Scorecard(Weights.DEFAULT, new ScoreRules(1, 90, 0.5, 60));
        assertThat(capped.score(new MonthResults("a", MARCH, 0, 0, 0, 0, 0, 600), targets).total()).isEqualTo(1.0);
    }

    @Test
    void eachPressedClientWhoLeftTakesThePenaltyOffTheReceivablesScore() {
        assertThat(Scorecard.receivables(100, 100, 0, 0.5)).isEqualTo(1.0);
        assertThat(Scorecard.receivables(100, 100, 1, 0.5)).isEqualTo(0.5);
        assertThat(Scorecard.receivables(100, 100, 3, 0.5)).isZero();
        assertThat(Scorecard.receivables(10, 760, 0, 0.5)).isCloseTo(10 / 760.0, within(1e-12));
    }

    @Test
    void aMonthInProgressIsHeldToItsShareOfTheTargets() {
        Targets month = new Targets(140, 300_000_00L, 0.95, 3, 60, 3600);
        Targets fourth = month.prorated(0.15);
        assertThat(fourth.normHours()).isCloseTo(21, within(1e-9));
        assertThat(fourth.collectKopecks()).isEqualTo(45_000_00L);
        assertThat(fourth.upsellPoints()).isEqualTo(9);
        assertThat(fourth.onTimeShare()).isEqualTo(0.95);
        assertThat(fourth.complaintsToZero()).isEqualTo(3);
        assertThat(month.prorated(1)).isEqualTo(month);
        assertThatThrownBy(() -> month.prorated(1.5)).hasMessageStartingWith("share");
    }

    @Test
    void theHeadsScorecardIsTheDepartmentsFigures() {
        MonthResults ivanova = new MonthResults("ivanova", MARCH, 120, 50_000_00L, 90, 100, 1, 40, 0, 0, 1);
        MonthResults petrova = new MonthResults("petrova", MARCH, 60, 0, 45, 50, 0, 50, 0, 0, 0);
        MonthResults operator = new MonthResults("operator", MARCH, 30, 0, 48, 50, 1, 0, 6, 5400, 0);
        Targets managers = new Targets(140, 100_000_00L, 0.95, 3, 60, 3600);
        Targets operators = new Targets(100, 0, 0.95, 3, 0, 3600);
        Department.Figures d = Department.of("head", MARCH, List.of(
                new Department.Member(Role.MANAGER, ivanova, managers),
                new Department.Member(Role.MANAGER, petrova, managers),
                new Department.Member(Role.OPERATOR, operator, operators)), 1);
        assertThat(d.results().normHours()).as("the managers' output, not the operator's").isEqualTo(180);
        assertThat(d.targets().normHours()).isEqualTo(280);
        assertThat(d.results().collectedKopecks()).isEqualTo(50_000_00L);
        assertThat(d.targets().collectKopecks()).isEqualTo(200_000_00L);
        assertThat(d.results().lostClients()).isEqualTo(1);
        assertThat(d.results().repliesOnTime()).isEqualTo(183);
        assertThat(d.results().repliesTotal()).isEqualTo(200);
        assertThat(d.results().complaints()).as("everybody's and the head's own").isEqualTo(3);
        assertThat(d.targets().complaintsToZero()).isEqualTo(9);
        assertThat(d.results().upsellPoints()).isEqualTo(90);
        assertThat(d.targets().upsellPoints()).isEqualTo(120);
        assertThat(d.results().rescueMedianSeconds()).isEqualTo(5400);

        Score head = new Scorecard(RoleWeights.DEFAULT.head()).score(d.results(), d.targets());
        assertThat(head.of(Component.OUTPUT)).isCloseTo(180 / 280.0, within(1e-12));
        // 50 000 of 200 000 collected is 0.25; ivanova's client who left takes 0.5 off: nothing is left
        assertThat(head.of(Component.RECEIVABLES)).isZero();
        assertThat(head.of(Component.QUALITY)).isCloseTo(1 - 3 / 9.0, within(1e-12));
        assertThat(head.of(Component.UPSELLS)).isCloseTo(0.75, within(1e-12));
        assertThat(head.weights().rescue()).isZero();
    }

    @Test
    void weightsPerRole() {
        assertThat(RoleWeights.DEFAULT.of(Role.MANAGER)).contains(Weights.DEFAULT);
        assertThat(RoleWeights.DEFAULT.of(Role.OPERATOR)).contains(Weights.OPERATOR_DEFAULT);
        assertThat(RoleWeights.DEFAULT.of(Role.HEAD)).contains(Weights.HEAD_DEFAULT);
        assertThat(RoleWeights.DEFAULT.of(Role.DIRECTOR)).isEmpty();
        assertThat(RoleWeights.DEFAULT.of(Role.OFFICE_MANAGER)).isEmpty();
        Weights mine = new Weights(0.2, 0.2, 0.2, 0.2, 0.2);
        assertThat(RoleWeights.ofManagers(mine)).isEqualTo(new RoleWeights(mine, Weights.OPERATOR_DEFAULT,
                Weights.HEAD_DEFAULT));
        assertThat(RoleWeights.DEFAULT.with(Role.OPERATOR, mine).operator()).isEqualTo(mine);
        assertThatThrownBy(() -> RoleWeights.DEFAULT.with(Role.DIRECTOR, mine)).hasMessageStartingWith("role");
        for (Weights w : List.of(Weights.DEFAULT, Weights.OPERATOR_DEFAULT, Weights.HEAD_DEFAULT)) {
            double sum = 0;
            for (Component c : Component.values()) {
                sum += w.of(c);
            }
            assertThat(sum).isCloseTo(1, within(1e-9));
        }
    }

    @Test
    void badRulesNameTheField() {
        assertThatThrownBy(() -> new ScoreRules(0.9, 90, 0.5, 60)).hasMessageStartingWith("upsellCeiling");
        assertThatThrownBy(() -> new ScoreRules(4, 90, 0.5, 60)).hasMessageStartingWith("upsellCeiling");
        assertThatThrownBy(() -> new ScoreRules(1.5, 0, 0.5, 60)).hasMessageStartingWith("lostClientDays");
        assertThatThrownBy(() -> new ScoreRules(1.5, 90, 1.5, 60)).hasMessageStartingWith("lostClientPenalty");
        assertThatThrownBy(() -> new ScoreRules(1.5, 90, 0.5, 0)).hasMessageStartingWith("rescueTargetMinutes");
        assertThatThrownBy(() -> new Weights(0, 0, 0.5, 0.2, 0, 0.2)).hasMessageContaining("+ rescue 0.2)");
    }
}
