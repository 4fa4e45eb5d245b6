package io.backstop.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.debt.Ledger;
import io.backstop.core.debt.Payment;
import io.backstop.core.scorecard.Weights;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every failed check is an IllegalArgumentException whose message starts with the field's name. */
class CheckTest {

    @Test
    void messagesNameTheField() {
        assertThatThrownBy(() -> Check.notNull(null, "client"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("client: must not be null");
        assertThatThrownBy(() -> Check.notBlank(" ", "client")).hasMessage("client: must not be blank");
        assertThatThrownBy(() -> Check.notNegative(-3, "points")).hasMessage("points: must not be negative, got -3");
        assertThatThrownBy(() -> Check.positive(0, "count")).hasMessage("count: must be positive, got 0");
        assertThatThrownBy(() -> Check.finiteNotNegative(Double.NaN, "min")).hasMessageStartingWith("min: must be a finite number");
        assertThatThrownBy(() -> Check.between(1.5, 0, 1, "share")).hasMessage("share: must be between 0.0 and 1.0, got 1.5");
        assertThatThrownBy(() -> Check.list(Arrays.asList("a", null), "offers")).hasMessage("offers[1]: must not be null");
        Map<String, String> withNull = new HashMap<>();
        withNull.put("k", null);
        assertThatThrownBy(() -> Check.map(withNull, "present")).hasMessage("present[k]: must not be null");
        assertThatThrownBy(() -> Check.code("Debt Call", "code")).hasMessageStartingWith("code: must be lower-case");
    }

    /** The app's error mapper answers {error, field} with 400 only for InvalidFieldException; anything else is a 500. */
    @Test
    void failuresCarryTheFieldForTheRestLayer() {
        assertThatThrownBy(() -> Check.notNegative(-3, "points"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("points"));
        assertThatThrownBy(() -> new Ledger(List.of(), List.of(new Payment("9", 1, LocalDate.of(2026, 1, 1)))))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("payments[0].receivable"));
        assertThatThrownBy(() -> new Weights(0.5, 0.5, 0.5, 0, 0))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("weights"));
    }

    @Test
    void goodValuesPassThrough() {
        assertThat(Check.code("debt-call", "code")).isEqualTo("debt-call");
        assertThat(Check.list(List.of(1, 2), "xs")).containsExactly(1, 2);
        assertThat(Check.between(1.0, 0, 1, "share")).isEqualTo(1.0);
    }
}
