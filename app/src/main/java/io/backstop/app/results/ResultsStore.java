package io.backstop.app.results;

import io.backstop.app.store.SchemaPart;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.backstop.app.store.EntityStore;
import io.backstop.core.complaint.Change;
import io.backstop.core.complaint.Complaint;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import net.java.ao.Query;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The results' rows. Writes update the pre-aggregates in place (an operation adds to its person/day/operation row,
 * a payment to its receivable's paid sum); the caller holds the lock that makes each read-modify-write safe.
 */
public final class ResultsStore {

    /**
     * The department's results (version 2): pre-aggregated operations, offers, receivables, complaints; per-client
     * operations and dunning steps came with version 6, which also dates the settled invoices. Every step migrates
     * all entities, so a step merged in with a lower number than one already applied still gets its tables from
     * the next step that runs.
     */
    public static final SchemaPart SCHEMA = SchemaPart.since(2, OperationDayEntity.class, OfferEntity.class,
                    ReceivableEntity.class, PaymentEntity.class, ComplaintEntity.class, ClientOperationEntity.class,
                    DunningStepEntity.class)
            .changeAt(6, store -> new ResultsStore(store).backfillSettledOn());


    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final EntityStore store;

    public ResultsStore(EntityStore store) {
        this.store = store;
    }

    // Operations

    /** Adds {@code count} operations earning {@code normMinutes} to the person/day/operation row. */
    public OperationDay addOperations(String person, LocalDate day, String operation, long count, long normMinutes) {
        return store.inTransaction(() -> {
            OperationDayEntity[] found = store.find(OperationDayEntity.class, Query.select()
                    .where("PERSON = ? AND WORK_DAY = ? AND OPERATION = ?", person, day.toString(), operation));
            OperationDayEntity row;
            if (found.length == 0) {
                Map<String, Object> values = new HashMap<>();
                values.put("PERSON", person);
                values.put("WORK_DAY", day.toString());
                values.put("OPERATION", operation);
                values.put("OP_COUNT", count);
                values.put("NORM_MINUTES", normMinutes);
                row = store.create(OperationDayEntity.class, values);
            } else {
                row = found[0];
                row.setOpCount(row.getOpCount() + count);
                row.setNormMinutes(row.getNormMinutes() + normMinutes);
                row.save();
            }
            return toDay(row);
        });
    }

    /** Writes new rows in one transaction, without looking for existing ones: the caller knows there are none. */
    public void insertOperations(List<OperationDay> rows) {
        store.inTransaction(() -> {
            for (OperationDay row : rows) {
                Map<String, Object> values = new HashMap<>();
                values.put("PERSON", row.person());
                values.put("WORK_DAY", row.day().toString());
                values.put("OPERATION", row.operation());
                values.put("OP_COUNT", row.count());
                values.put("NORM_MINUTES", row.normMinutes());
                store.create(OperationDayEntity.class, values);
            }
            return null;
        });
    }

    /** The rows of days in {@code [from, to]}, of one person or everybody. */
    public List<OperationDay> operations(LocalDate from, LocalDate to, Optional<String> person) {
        Query query = person.isPresent()
                ? Query.select().where("PERSON = ? AND WORK_DAY >= ? AND WORK_DAY <= ?", person.get(),
                        from.toString(), to.toString())
                : Query.select().where("WORK_DAY >= ? AND WORK_DAY <= ?", from.toString(), to.toString());
        OperationDayEntity[] found = store.find(OperationDayEntity.class, query.order("PERSON, WORK_DAY, OPERATION"));
        List<OperationDay> rows = new ArrayList<>(found.length);
        for (OperationDayEntity e : found) {
            rows.add(toDay(e));
        }
        return rows;
    }

    /** Earned norm minutes per day in {@code [from, to]}, everybody's together; days with none are left out. */
    public java.util.SortedMap<LocalDate, Long> normMinutesByDay(LocalDate from, LocalDate to) {
        java.util.TreeMap<LocalDate, Long> days = new java.util.TreeMap<>();
        for (OperationDayEntity e : store.find(OperationDayEntity.class, Query.select()
                .where("WORK_DAY >= ? AND WORK_DAY <= ?", from.toString(), to.toString()))) {
            days.merge(LocalDate.parse(e.getWorkDay()), e.getNormMinutes(), Long::sum);
        }
        return days;
    }

    /** The first day any operation was recorded: where the history starts. */
    public Optional<LocalDate> firstOperationDay() {
        OperationDayEntity[] first = store.find(OperationDayEntity.class,
                Query.select().order("WORK_DAY").limit(1));
        return first.length == 0 ? Optional.empty() : Optional.of(LocalDate.parse(first[0].getWorkDay()));
    }

    private static OperationDay toDay(OperationDayEntity e) {
        return new OperationDay(e.getPerson(), LocalDate.parse(e.getWorkDay()), e.getOperation(), e.getOpCount(),
                e.getNormMinutes());
    }

    // Offers

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

    // Receivables and payments

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
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
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
        List<String> all = new ArrayList<>(new java.util.TreeSet<>(refs));
        for (int start = 0; start < all.size(); start += 500) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + 500));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
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

    // Operations per client

    /** Adds {@code count} operations done for {@code client} to the client/month/operation row. */
    public void addClientOperations(String client, YearMonth month, String operation, long count) {
        store.inTransaction(() -> {
            ClientOperationEntity[] found = store.find(ClientOperationEntity.class, Query.select()
                    .where("CLIENT = ? AND WORK_MONTH = ? AND OPERATION = ?", client, month.toString(), operation));
            if (found.length == 0) {
                Map<String, Object> values = new HashMap<>();
                values.put("CLIENT", client);
                values.put("WORK_MONTH", month.toString());
                values.put("OPERATION", operation);
                values.put("OP_COUNT", count);
                store.create(ClientOperationEntity.class, values);
            } else {
                found[0].setOpCount(found[0].getOpCount() + count);
                found[0].save();
            }
            return null;
        });
    }

    /** Per client, the count of each operation done for them in {@code month}. */
    public Map<String, Map<String, Long>> clientOperations(YearMonth month) {
        Map<String, Map<String, Long>> byClient = new TreeMap<>();
        for (ClientOperationEntity e : store.find(ClientOperationEntity.class,
                Query.select().where("WORK_MONTH = ?", month.toString()))) {
            byClient.computeIfAbsent(e.getClient(), c -> new TreeMap<>()).merge(e.getOperation(), e.getOpCount(),
                    Long::sum);
        }
        return byClient;
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

    // Dunning steps

    public StoredDunningStep addDunningStep(String client, DunningAction action, String by, Instant at,
                                            StoredDunningStep.Status status, String reason) {
        Map<String, Object> values = new HashMap<>();
        values.put("CLIENT", client);
        values.put("ACTION", action.name());
        values.put("PERSON", by);
        values.put("AT", at.toEpochMilli());
        values.put("STATUS", status.name());
        DunningStepEntity e = store.create(DunningStepEntity.class, values);
        e.setReason(reason);
        e.save();
        return toDunningStep(e);
    }

    public Optional<StoredDunningStep> dunningStep(int id) {
        DunningStepEntity e = store.get(DunningStepEntity.class, id);
        return e == null ? Optional.empty() : Optional.of(toDunningStep(e));
    }

    public StoredDunningStep decideDunningStep(int id, StoredDunningStep.Status status, String by, Instant at) {
        DunningStepEntity e = store.get(DunningStepEntity.class, id);
        e.setStatus(status.name());
        e.setDecidedBy(by);
        e.setDecidedAt(at.toEpochMilli());
        e.save();
        return toDunningStep(e);
    }

    /** Steps taken in {@code [from, to)} and every step still waiting for the head, oldest first. */
    public List<StoredDunningStep> dunningSteps(Instant from, Instant to) {
        List<StoredDunningStep> list = new ArrayList<>();
        for (DunningStepEntity e : store.find(DunningStepEntity.class, Query.select()
                .where("STATUS = ? OR (AT >= ? AND AT < ?)", StoredDunningStep.Status.PENDING.name(),
                        from.toEpochMilli(), to.toEpochMilli()).order("AT, ID"))) {
            list.add(toDunningStep(e));
        }
        return list;
    }

    /** Every step still waiting for the head, oldest first. */
    public List<StoredDunningStep> pendingDunningSteps() {
        List<StoredDunningStep> list = new ArrayList<>();
        for (DunningStepEntity e : store.find(DunningStepEntity.class, Query.select()
                .where("STATUS = ?", StoredDunningStep.Status.PENDING.name()).order("AT, ID"))) {
            list.add(toDunningStep(e));
        }
        return list;
    }

    private static StoredDunningStep toDunningStep(DunningStepEntity e) {
        return new StoredDunningStep(e.getID(), e.getClient(), DunningAction.valueOf(e.getAction()), e.getPerson(),
                Instant.ofEpochMilli(e.getAt()), StoredDunningStep.Status.valueOf(e.getStatus()),
                e.getReason() == null ? "" : e.getReason(), Optional.ofNullable(e.getDecidedBy()),
                Optional.ofNullable(e.getDecidedAt()).map(Instant::ofEpochMilli));
    }

    // Complaints

    public StoredComplaint addComplaint(Complaint complaint) {
        Map<String, Object> values = new HashMap<>();
        values.put("CLIENT", complaint.client());
        values.put("ISSUE_KEY", complaint.issue());
        values.put("ABOUT", complaint.about());
        values.put("FLAGGED_BY", complaint.flaggedBy());
        values.put("FLAGGED_AT", complaint.flaggedAt().toEpochMilli());
        values.put("STATE", complaint.state().name());
        values.put("HISTORY", history(complaint));
        ComplaintEntity e = store.create(ComplaintEntity.class, values);
        complaint.comment().ifPresent(e::setCommentRef);
        e.save();
        return toComplaint(e);
    }

    public Optional<StoredComplaint> complaint(int id) {
        ComplaintEntity e = store.get(ComplaintEntity.class, id);
        return e == null ? Optional.empty() : Optional.of(toComplaint(e));
    }

    public StoredComplaint updateComplaint(int id, Complaint complaint) {
        ComplaintEntity e = store.get(ComplaintEntity.class, id);
        e.setState(complaint.state().name());
        e.setHistory(history(complaint));
        e.save();
        return toComplaint(e);
    }

    /** Open complaints, and any flagged in {@code [from, to)}. */
    public List<StoredComplaint> complaints(Instant from, Instant to) {
        return complaints(Query.select().where("STATE = ? OR (FLAGGED_AT >= ? AND FLAGGED_AT < ?)", "OPEN",
                from.toEpochMilli(), to.toEpochMilli()).order("FLAGGED_AT, ID"));
    }

    public List<StoredComplaint> openComplaints() {
        return complaints(Query.select().where("STATE = ?", "OPEN").order("FLAGGED_AT, ID"));
    }

    public List<StoredComplaint> complaintsOf(String client) {
        return complaints(Query.select().where("CLIENT = ?", client).order("FLAGGED_AT, ID"));
    }

    private List<StoredComplaint> complaints(Query query) {
        List<StoredComplaint> list = new ArrayList<>();
        for (ComplaintEntity e : store.find(ComplaintEntity.class, query)) {
            list.add(toComplaint(e));
        }
        return list;
    }

    private static String history(Complaint complaint) {
        ArrayNode list = MAPPER.createArrayNode();
        for (Change change : complaint.history()) {
            list.addObject().put("action", change.action().name()).put("by", change.by())
                    .put("at", change.at().toEpochMilli());
        }
        return list.toString();
    }

    private static StoredComplaint toComplaint(ComplaintEntity e) {
        List<Change> history = new ArrayList<>();
        try {
            for (JsonNode change : MAPPER.readTree(e.getHistory())) {
                history.add(new Change(ComplaintAction.valueOf(change.get("action").asText()),
                        change.get("by").asText(), Instant.ofEpochMilli(change.get("at").asLong())));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
        return new StoredComplaint(e.getID(), new Complaint(Integer.toString(e.getID()), e.getClient(),
                e.getIssueKey(), Optional.ofNullable(e.getCommentRef()), e.getAbout(), history));
    }
}
