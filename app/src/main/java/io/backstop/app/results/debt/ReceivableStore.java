package io.backstop.app.results.debt;

import io.backstop.app.store.EntityStore;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import net.java.ao.Query;

/**
 * Invoices ({@code RES_RECEIVABLE}, with the paid sum kept in place) and payments ({@code RES_PAYMENT}); the caller
 * holds the lock that makes each read-modify-write safe.
 */
public final class ReceivableStore {

    private final EntityStore store;

    public ReceivableStore(EntityStore store) {
        this.store = store;
    }

    public boolean hasReceivable(String ref) {
        return store.count(ReceivableEntity.class, Query.select().where("REF = ?", ref)) > 0;
    }

    public StoredReceivable addReceivable(Receivable receivable, Optional<String> manager, Optional<String> service) {
        Map<String, Object> values = new HashMap<>();
        values.put("REF", receivable.id());
        values.put("CLIENT", receivable.client());
        values.put("AMOUNT_KOPECKS", receivable.amountKopecks());
        values.put("ISSUED_ON", receivable.issuedOn().toString());
        values.put("DUE_ON", receivable.dueOn().toString());
        values.put("PAID_KOPECKS", 0L);
        values.put("SETTLED", false);
        ReceivableEntity e = store.create(ReceivableEntity.class, values);
        manager.ifPresent(e::setManager);
        service.ifPresent(e::setService);
        e.save();
        return toReceivable(e);
    }

    public Optional<StoredReceivable> receivable(String ref) {
        ReceivableEntity[] found = store.find(ReceivableEntity.class, Query.select().where("REF = ?", ref));
        return found.length == 0 ? Optional.empty() : Optional.of(toReceivable(found[0]));
    }

    /** Records a payment and adds it to its receivable's paid sum, in one transaction. */
    public StoredReceivable addPayment(Payment payment) {
        return store.inTransaction(() -> {
            ReceivableEntity e = store.find(ReceivableEntity.class,
                    Query.select().where("REF = ?", payment.receivable()))[0];
            Map<String, Object> values = new HashMap<>();
            values.put("RECEIVABLE_REF", payment.receivable());
            values.put("AMOUNT_KOPECKS", payment.amountKopecks());
            values.put("PAID_ON", payment.paidOn().toString());
            store.create(PaymentEntity.class, values);
            e.setPaidKopecks(e.getPaidKopecks() + payment.amountKopecks());
            e.setSettled(e.getPaidKopecks() >= e.getAmountKopecks());
            if (e.isSettled()) {
                e.setSettledOn(lastPaidOn(payment.receivable()));
            }
            e.save();
            return toReceivable(e);
        });
    }

    /**
     * The receivables a ledger as of {@code to} needs: those issued by {@code to} that were not settled by then
     * (open today, or settled after {@code to}), and those issued on or after {@code since} (for what was invoiced
     * in the period). Invoices settled before the period are never read, however long the history.
     */
    public List<StoredReceivable> receivablesFor(LocalDate since, LocalDate to) {
        Query query = Query.select().where("ISSUED_ON <= ? AND (SETTLED = ? OR SETTLED_ON > ? OR ISSUED_ON >= ?)",
                to.toString(), false, to.toString(), since.toString()).order("ISSUED_ON, ID");
        List<StoredReceivable> list = new ArrayList<>();
        for (ReceivableEntity e : store.find(ReceivableEntity.class, query)) {
            list.add(toReceivable(e));
        }
        return list;
    }

    public List<StoredReceivable> receivablesOf(String client) {
        List<StoredReceivable> list = new ArrayList<>();
        for (ReceivableEntity e : store.find(ReceivableEntity.class,
                Query.select().where("CLIENT = ?", client).order("ISSUED_ON, ID"))) {
            list.add(toReceivable(e));
        }
        return list;
    }

    /** Every invoice of the given clients, oldest first (a client's value needs their whole history). */
    public List<StoredReceivable> receivablesOfClients(Collection<String> clients) {
        List<StoredReceivable> list = new ArrayList<>();
        List<String> all = new ArrayList<>(new TreeSet<>(clients));
        for (int start = 0; start < all.size(); start += 500) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + 500));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            for (ReceivableEntity e : store.find(ReceivableEntity.class, Query.select()
                    .where("CLIENT IN (" + marks + ")", chunk.toArray()).order("ISSUED_ON, ID"))) {
                list.add(toReceivable(e));
            }
        }
        return list;
    }

    private String lastPaidOn(String ref) {
        PaymentEntity[] payments = store.find(PaymentEntity.class,
                Query.select().where("RECEIVABLE_REF = ?", ref).order("PAID_ON DESC").limit(1));
        return payments[0].getPaidOn();
    }

    /** Dates the settled receivables recorded before schema step 6 (when the settling day was not kept). */
    public void backfillSettledOn() {
        for (ReceivableEntity e : store.find(ReceivableEntity.class,
                Query.select().where("SETTLED = ? AND SETTLED_ON IS NULL", true))) {
            e.setSettledOn(lastPaidOn(e.getRef()));
            e.save();
        }
    }

    /** The payments against the given receivables. */
    public List<Payment> paymentsOf(Collection<String> refs) {
        List<Payment> list = new ArrayList<>();
        if (refs.isEmpty()) {
            return list;
        }
        List<String> all = new ArrayList<>(refs);
        for (int start = 0; start < all.size(); start += 500) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + 500));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            for (PaymentEntity e : store.find(PaymentEntity.class, Query.select()
                    .where("RECEIVABLE_REF IN (" + marks + ")", chunk.toArray()).order("PAID_ON, ID"))) {
                list.add(new Payment(e.getReceivableRef(), e.getAmountKopecks(), LocalDate.parse(e.getPaidOn())));
            }
        }
        return list;
    }

    /** Payments made in {@code [from, to]}. */
    public List<Payment> paymentsBetween(LocalDate from, LocalDate to) {
        List<Payment> list = new ArrayList<>();
        for (PaymentEntity e : store.find(PaymentEntity.class, Query.select()
                .where("PAID_ON >= ? AND PAID_ON <= ?", from.toString(), to.toString()).order("PAID_ON, ID"))) {
            list.add(new Payment(e.getReceivableRef(), e.getAmountKopecks(), LocalDate.parse(e.getPaidOn())));
        }
        return list;
    }

    /** The receivables with the given numbers. */
    public List<StoredReceivable> receivables(Collection<String> refs) {
        List<StoredReceivable> list = new ArrayList<>();
        List<String> all = new ArrayList<>(new TreeSet<>(refs));
        for (int start = 0; start < all.size(); start += 500) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + 500));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            for (ReceivableEntity e : store.find(ReceivableEntity.class,
                    Query.select().where("REF IN (" + marks + ")", chunk.toArray()))) {
                list.add(toReceivable(e));
            }
        }
        return list;
    }

    private static StoredReceivable toReceivable(ReceivableEntity e) {
        return new StoredReceivable(new Receivable(e.getRef(), e.getClient(), e.getAmountKopecks(),
                LocalDate.parse(e.getIssuedOn()), LocalDate.parse(e.getDueOn())), Optional.ofNullable(e.getManager()),
                Optional.ofNullable(e.getService()), e.getPaidKopecks());
    }

    /** Invoices issued in {@code [from, to]} (what orders brought in those days), oldest first. */
    public List<StoredReceivable> receivablesIssued(LocalDate from, LocalDate to) {
        List<StoredReceivable> list = new ArrayList<>();
        for (ReceivableEntity e : store.find(ReceivableEntity.class, Query.select()
                .where("ISSUED_ON >= ? AND ISSUED_ON <= ?", from.toString(), to.toString()).order("ISSUED_ON, ID"))) {
            list.add(toReceivable(e));
        }
        return list;
    }
}
