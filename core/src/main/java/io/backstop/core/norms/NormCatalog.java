package io.backstop.core.norms;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The norm catalogue: operation code to standard minutes. Codes are unique; the order is the catalogue's own. */
public final class NormCatalog {

    private final Map<String, Operation> byCode;

    public NormCatalog(List<Operation> operations) {
        List<Operation> list = Check.list(operations, "operations");
        Map<String, Operation> map = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            if (map.putIfAbsent(list.get(i).code(), list.get(i)) != null) {
                throw Check.invalid("operations[" + i + "].code", Problem.of("error.input.listedTwice",
                        list.get(i).code()));
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    /**
     * A starting catalogue for an order-support department. The minutes are the head's first estimates (the three
     * from the department's own examples: a client question 15, a monthly report explanation 30, agreeing cost and
     * deadline of a small job 20); the codes are stable, the minutes are meant to be tuned.
     */
    public static NormCatalog departmentDefault() {
        return new NormCatalog(List.of(
                new Operation("client-question", "Answer a client question", 15),
                new Operation("long-letter", "Answer a long letter (a spec with many questions)", 60),
                new Operation("small-job-estimate", "Agree cost and deadline of a small job", 20),
                new Operation("job-handoff", "Hand a job to production and check the result", 15),
                new Operation("monthly-report-explanation", "Explain a monthly report", 30),
                new Operation("ads-report-explanation", "Explain a Yandex.Direct ads report", 30),
                new Operation("monthly-report-preparation", "Prepare a monthly report", 45),
                new Operation("incoming-call", "Take an incoming call", 10),
                new Operation("client-meeting", "Meet a client (in person or by video)", 60),
                new Operation("new-client-request", "Handle a new-client request", 20),
                new Operation("upsell-offer", "Present an offer of a further service", 15),
                new Operation("debt-call", "Call a debtor", 10),
                new Operation("complaint-handling", "Handle a complaint", 30),
                new Operation("answer-library-entry", "Add an answer to the answer library", 15),
                // issue 17: a reply earns by its kind (NormRules): a holding reply or a one-line one a short norm
                new Operation("holding-reply", "Send a holding reply (we got it, the answer follows)", 5),
                new Operation("short-reply", "Send a one-line reply", 3)));
    }

    public List<Operation> operations() {
        return List.copyOf(byCode.values());
    }

    public Optional<Operation> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The operation; an unknown code is a mistake in the input, named in the message. */
    public Operation get(String code) {
        Operation operation = byCode.get(code);
        if (operation == null) {
            throw Check.invalid("operation", Problem.of("error.input.normCatalogue", code));
        }
        return operation;
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** What the operations done earn: count times the norm. */
    public long earnedMinutes(Done done) {
        return Math.multiplyExact((long) get(done.operation()).standardMinutes(), done.count());
    }

    /** A catalogue with this operation added, or replacing the one with the same code in its place. */
    public NormCatalog with(Operation operation) {
        Check.notNull(operation, "operation");
        List<Operation> list = new ArrayList<>(byCode.values());
        int at = list.indexOf(byCode.get(operation.code()));
        if (at >= 0) {
            list.set(at, operation);
        } else {
            list.add(operation);
        }
        return new NormCatalog(list);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NormCatalog that && operations().equals(that.operations());
    }

    @Override
    public int hashCode() {
        return operations().hashCode();
    }

    @Override
    public String toString() {
        return "NormCatalog" + operations();
    }
}
