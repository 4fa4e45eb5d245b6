package io.backstop.core.debt;

import io.backstop.core.validation.Check;
import java.time.LocalDate;

/** A payment against one receivable, in kopecks. */
public record Payment(String receivable, long amountKopecks, LocalDate paidOn) {

    public Payment {
        Check.notBlank(receivable, "receivable");
        Check.positive(amountKopecks, "amountKopecks");
        Check.notNull(paidOn, "paidOn");
    }
}
