package io.backstop.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.backstop.core.validation.InvalidFieldException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromotionsTest {

    static final LocalDate DEC_28 = LocalDate.of(2026, 12, 28);
    static final List<WeekLoad> WEEKS = List.of(new WeekLoad(DEC_28, 100, LoadBasis.SEASONAL),
            new WeekLoad(DEC_28.plusWeeks(1), 0, LoadBasis.SEASONAL),
            new WeekLoad(DEC_28.plusWeeks(2), 120, LoadBasis.SEASONAL));

    @Test
    void aPercentRaisesTheWorkingDaysItCovers() {
        // Mon 28 .. Tue 29 Dec of the three working days (31 Dec and 1 Jan are holidays): 2/3 of 100 x 30 %
        Promotion sale = new Promotion(1, "New Year sale", DEC_28, DEC_28.plusDays(1), Promotion.Kind.PERCENT, 30);
        Map<LocalDate, Double> extra = Promotions.extra(List.of(sale), WEEKS, SeasonMapTest.DEMO, 0.25);
        assertThat(extra.get(DEC_28)).isCloseTo(20, within(1e-9));
        assertThat(extra).hasSize(1);
    }

    @Test
    void messagesOnHolidaysAreServedInTheFirstWorkingWeek() {
        // 10 messages a day, 28 Dec .. 10 Jan: 3 working days before the holidays; 31 Dec .. 10 Jan (11 days) are
        // served on Mon 11 Jan
        Promotion mailing = new Promotion(2, "Mailing", DEC_28, LocalDate.of(2027, 1, 10),
                Promotion.Kind.MESSAGES_PER_DAY, 10);
        Map<LocalDate, Double> extra = Promotions.extra(List.of(mailing), WEEKS, SeasonMapTest.DEMO, 0.25);
        assertThat(extra.get(DEC_28)).isCloseTo(3 * 10 * 0.25, within(1e-9));
        assertThat(extra.get(DEC_28.plusWeeks(1))).isNull();
        assertThat(extra.get(DEC_28.plusWeeks(2))).isCloseTo(11 * 10 * 0.25, within(1e-9));
    }

    @Test
    void badPromotionsNameTheirField() {
        assertThatThrownBy(() -> new Promotion(1, " ", DEC_28, DEC_28, Promotion.Kind.PERCENT, 10))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new Promotion(1, "x", DEC_28, DEC_28.minusDays(1), Promotion.Kind.PERCENT, 10))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("to"));
        assertThatThrownBy(() -> new Promotion(1, "x", DEC_28, DEC_28, Promotion.Kind.PERCENT, 0))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("percent"));
        assertThatThrownBy(() -> new Promotion(1, "x", DEC_28, DEC_28, Promotion.Kind.MESSAGES_PER_DAY, 1e9))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("messagesPerDay"));
    }
}
