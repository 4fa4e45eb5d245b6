package io.backstop.core.upsell;

import io.backstop.core.validation.Check;
import java.time.LocalDate;

/** A client ordered a service on a date (a new job, or a month of a long-running service). */
public record Order(String client, String service, LocalDate orderedOn) {

    public Order {
        Check.notBlank(client, "client");
        Check.code(service, "service");
        Check.notNull(orderedOn, "orderedOn");
    }
}
