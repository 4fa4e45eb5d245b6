package io.backstop.app.results.debt;

import io.backstop.core.debt.Receivable;

import java.util.Optional;

/** A receivable as stored: the invoice, the client's manager, the service invoiced and what has been paid. */
public record StoredReceivable(Receivable receivable, Optional<String> manager, Optional<String> service,
                               long paidKopecks) {
}
