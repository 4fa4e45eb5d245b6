package io.backstop.core.upsell;

import io.backstop.core.validation.Check;
import java.time.LocalDate;

/** An invoice that names the service sold: the fact an offer's sale is judged by, not the manager's word. */
public record Invoice(String id, String client, String service, long amountKopecks, LocalDate issuedOn) {

    public Invoice {
        Check.notBlank(id, "id");
        Check.notBlank(client, "client");
        Check.code(service, "service");
        Check.positive(amountKopecks, "amountKopecks");
        Check.notNull(issuedOn, "issuedOn");
    }
}
