package io.backstop.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 2's ceiling: upsells above the target were paid the same as at the target, so raising the
 * upsells' weight to 30-40% would pay for reaching 60 points, not for selling more. Failed before issue 17.
 */
class UpsellsAboveTargetTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static double upsells(long points) {
        MonthResults month = new MonthResults("anna", MARCH, 140, 0, 0, 0, 0, points);
        return Scorecard.departmentDefault().score(month, Targets.of(140, 0, 60)).of(Component.UPSELLS);
    }

    @Test
    void sellingMoreThanTheTargetPaysMoreThanReachingIt() {
        assertThat(upsells(60)).isEqualTo(1.0);
        assertThat(upsells(75)).isGreaterThan(upsells(60)).isEqualTo(1.25);
        assertThat(upsells(90)).isEqualTo(1.5);
    }

    @Test
    void butNotBeyondTheCeilingTheHeadSets() {
        assertThat(upsells(600)).as("the default ceiling, 1.5 x target").isEqualTo(1.5);
    }
}
