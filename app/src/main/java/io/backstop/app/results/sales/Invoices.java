package io.backstop.app.results.sales;

import io.backstop.app.results.debt.ReceivableStore;
import io.backstop.app.results.debt.StoredReceivable;
import io.backstop.app.store.EntityStore;
import io.backstop.core.upsell.Invoice;
import java.time.LocalDate;
import java.util.List;

/**
 * The invoices that name a service, read from the debt area's receivables: what sells an offer (issue 17). An
 * invoice without a service sells nothing, since nobody can say what it was for.
 */
public final class Invoices {

    private final ReceivableStore receivables;

    public Invoices(EntityStore store) {
        this.receivables = new ReceivableStore(store);
    }

    /** The invoices issued in {@code [from, to]} that name their service, oldest first. */
    public List<Invoice> issued(LocalDate from, LocalDate to) {
        return receivables.receivablesIssued(from, to).stream().filter(r -> r.service().isPresent())
                .map(Invoices::invoice).toList();
    }

    private static Invoice invoice(StoredReceivable r) {
        return new Invoice(r.receivable().id(), r.receivable().client(), r.service().orElseThrow(),
                r.receivable().amountKopecks(), r.receivable().issuedOn());
    }
}
