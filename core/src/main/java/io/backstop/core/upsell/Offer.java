package io.backstop.core.upsell;

import io.backstop.core.validation.Check;
import java.time.Instant;

/**
 * An offer of a further service recorded on an issue.
 *
 * @param basis the client's service the offer builds on (the adjacency row's "from")
 * @param service the service offered
 * @param amountKopecks the price offered, in kopecks (100 per rouble), as everywhere in core
 * @param by who made the offer; points and conversion are theirs
 * @param at when it was presented
 */
public record Offer(String issue, String client, String basis, String service, OfferStatus status,
                    long amountKopecks, String by, Instant at) {

    public Offer {
        Check.notBlank(issue, "issue");
        Check.notBlank(client, "client");
        Check.code(basis, "basis");
        Check.code(service, "service");
        Check.notNull(status, "status");
        Check.notNegative(amountKopecks, "amountKopecks");
        Check.notBlank(by, "by");
        Check.notNull(at, "at");
    }

    public Offer withStatus(OfferStatus next) {
        return new Offer(issue, client, basis, service, next, amountKopecks, by, at);
    }
}
