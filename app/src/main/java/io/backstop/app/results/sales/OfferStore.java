package io.backstop.app.results.sales;

import io.backstop.app.store.EntityStore;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Offers made to clients ({@code RES_OFFER}) and their answers. */
public final class OfferStore {

    private final EntityStore store;

    public OfferStore(EntityStore store) {
        this.store = store;
    }

    public StoredOffer addOffer(Offer offer) {
        Map<String, Object> values = new HashMap<>();
        values.put("CLIENT", offer.client());
        values.put("ISSUE_KEY", offer.issue());
        values.put("BASIS", offer.basis());
        values.put("SERVICE", offer.service());
        values.put("STATUS", offer.status().name());
        values.put("AMOUNT_KOPECKS", offer.amountKopecks());
        values.put("PERSON", offer.by());
        values.put("AT", offer.at().toEpochMilli());
        return toOffer(store.create(OfferEntity.class, values));
    }

    public Optional<StoredOffer> offer(int id) {
        OfferEntity e = store.get(OfferEntity.class, id);
        return e == null ? Optional.empty() : Optional.of(toOffer(e));
    }

    public StoredOffer setOfferStatus(int id, OfferStatus status) {
        OfferEntity e = store.get(OfferEntity.class, id);
        e.setStatus(status.name());
        e.save();
        return toOffer(e);
    }

    /** Offers presented in {@code [from, to)}, of one person or everybody, oldest first. */
    public List<StoredOffer> offers(Instant from, Instant to, Optional<String> person) {
        Query query = person.isPresent()
                ? Query.select().where("PERSON = ? AND AT >= ? AND AT < ?", person.get(), from.toEpochMilli(),
                        to.toEpochMilli())
                : Query.select().where("AT >= ? AND AT < ?", from.toEpochMilli(), to.toEpochMilli());
        return offers(query.order("AT, ID"));
    }

    public List<StoredOffer> offersOf(String client) {
        return offers(Query.select().where("CLIENT = ?", client).order("AT, ID"));
    }

    /** The offers made on one issue, oldest first. */
    public List<StoredOffer> offersOn(String issue) {
        return offers(Query.select().where("ISSUE_KEY = ?", issue).order("AT, ID"));
    }

    private List<StoredOffer> offers(Query query) {
        List<StoredOffer> list = new ArrayList<>();
        for (OfferEntity e : store.find(OfferEntity.class, query)) {
            list.add(toOffer(e));
        }
        return list;
    }

    private static StoredOffer toOffer(OfferEntity e) {
        return new StoredOffer(e.getID(), new Offer(e.getIssueKey(), e.getClient(), e.getBasis(), e.getService(),
                OfferStatus.valueOf(e.getStatus()), e.getAmountKopecks(), e.getPerson(), Instant.ofEpochMilli(e.getAt())));
    }
}
