package io.backstop.app.results.debt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Csv;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;
import io.backstop.app.results.common.Refused;
import io.backstop.app.results.common.ResultsParams;
import io.backstop.core.debt.Aging;
import io.backstop.core.debt.AgingBucket;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Receivables under {@code results/}: the debtors (the office manager sees every one: they keep the invoices),
 * invoices and payments (the office manager, the head and administrators record them), and dunning steps through
 * the guard for large clients, which the head approves or refuses.
 */
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
public class DebtResource {

    private static final Role[] KEEP_INVOICES = {Role.HEAD, Role.OFFICE_MANAGER};
    /** Who reads every client's debt: those who keep the invoices, and the director. */
    private static final Role[] SEE_ALL_DEBT = {Role.HEAD, Role.DIRECTOR, Role.OFFICE_MANAGER};

    private final Access access;
    private final DebtDesk debtDesk;
    private final Clock clock;
    private final ResultsParams params;

    @Inject
    public DebtResource(Access access, DebtDesk debtDesk, Clock clock) {
        this.access = access;
        this.debtDesk = debtDesk;
        this.clock = clock;
        this.params = new ResultsParams(clock, debtDesk::zone);
    }

    @GET
    @Path("debtors")
    @Produces({MediaType.APPLICATION_JSON, Csv.TYPE})
    public Response debtors(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("manager") String manager, @QueryParam("format") String format,
                            @QueryParam("show") String show) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, manager, "manager", SEE_ALL_DEBT);
        LocalDate[] period = params.period(from, to);
        boolean all = show(show);
        DebtDesk.Debtors debtors = debtDesk.debtors(period[0], period[1], who, all);
        if (ResultsParams.csv(format)) {
            StringBuilder out = new StringBuilder("client,manager,not_due_kopecks");
            for (AgingBucket b : AgingBucket.values()) {
                out.append(",overdue_").append(b.label().replace('+', 'p').replace('-', '_')).append("_kopecks");
            }
            // issue 17's columns at the end, so the earlier ones keep their places
            out.append(",overdue_kopecks,total_kopecks,oldest_days_overdue,escalation,value_score,value_tier,tenure_months\n");
            for (DebtDesk.Debtor d : debtors.debtors()) {
                out.append(Csv.cell(d.client())).append(',').append(Csv.cell(d.manager().orElse(""))).append(',')
                        .append(d.aging().notDueKopecks());
                for (AgingBucket b : AgingBucket.values()) {
                    out.append(',').append(d.aging().bucket(b));
                }
                out.append(',').append(d.aging().overdue()).append(',').append(d.aging().total()).append(',')
                        .append(d.escalation().map(e -> Long.toString(e.oldest().daysOverdue())).orElse(""))
                        .append(',').append(d.escalation().map(e -> e.level().name()).orElse("")).append(',')
                        .append(d.value().score()).append(',').append(d.value().tier()).append(',')
                        .append(d.value().tenureMonths()).append('\n');
            }
            return Csv.ok(out.toString(), "debtors-" + period[1] + ".csv");
        }
        ObjectNode root = ResultsParams.periodNode(period).put("show", all ? "all" : "overdue");
        aging(root.putObject("total"), debtors.total());
        OptionalDouble dso = debtors.dso();
        if (dso.isPresent()) {
            root.put("dso", Json.round(dso.getAsDouble()));
        } else {
            root.putNull("dso");
        }
        ArrayNode list = root.putArray("debtors");
        for (DebtDesk.Debtor d : debtors.debtors()) {
            ObjectNode node = list.addObject().put("client", d.client()).put("manager", d.manager().orElse(null))
                    .put("managerName", d.manager().map(access::displayName).orElse(null));
            aging(node.putObject("aging"), d.aging());
            DebtJson.value(node.putObject("value"), d.value());
            d.escalation().ifPresent(e -> {
                ObjectNode esc = node.putObject("escalation").put("level", e.level().name())
                        .put("oldestReceivable", e.oldest().receivable().id())
                        .put("daysOverdue", e.oldest().daysOverdue());
                e.next().ifPresent(n -> esc.put("nextLevel", n.level().name()).put("nextOn", n.dueOn().toString()));
                DebtJson.headFrom(esc, e);
            });
        }
        return Json.ok(root);
    }

    /** {@code show=overdue} (the default: debtors with money overdue) or {@code show=all} (anyone owing anything). */
    private static boolean show(String show) {
        if (show == null || show.equals("overdue")) {
            return false;
        }
        if (show.equals("all")) {
            return true;
        }
        throw ApiError.badInput("show", Problem.of("error.debt.overdueAll"));
    }

    /** {@code {id, client, manager?, service?, amountKopecks, issuedOn?, dueOn}}: an invoice. */
    @POST
    @Path("receivables")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordReceivable(String body) {
        access.oneOf("the head and the office manager", KEEP_INVOICES);
        ObjectNode request = Json.object(body);
        LocalDate issued = Fields.date(request, "issuedOn").orElse(params.today());
        Receivable receivable = new Receivable(ResultsParams.required(request, "id"), ResultsParams.required(request, "client"),
                Fields.whole(request, "amountKopecks").orElseThrow(() -> ApiError.badInput("amountKopecks",
                        Problem.of("error.input.required"))), issued,
                Fields.date(request, "dueOn").orElseThrow(() -> ApiError.badInput("dueOn",
                        Problem.of("error.input.required"))));
        StoredReceivable stored = debtDesk.recordReceivable(receivable, Fields.text(request, "manager"),
                Fields.text(request, "service"));
        return Json.created(receivable(stored));
    }

    /** {@code {receivable, amountKopecks, paidOn?}}: a payment against an invoice. */
    @POST
    @Path("payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordPayment(String body) {
        access.oneOf("the head and the office manager", KEEP_INVOICES);
        ObjectNode request = Json.object(body);
        Payment payment = new Payment(ResultsParams.required(request, "receivable"),
                Fields.whole(request, "amountKopecks").orElseThrow(() -> ApiError.badInput("amountKopecks",
                        Problem.of("error.input.required"))), Fields.date(request, "paidOn").orElse(params.today()));
        return Json.created(receivable(debtDesk.recordPayment(payment)));
    }

    /** Dunning steps of the period and every one waiting for the head; a manager sees their clients' and their own. */
    @GET
    @Path("dunning")
    public Response dunning(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("manager") String manager) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, manager, "manager", SEE_ALL_DEBT);
        LocalDate[] period = params.period(from, to);
        Instant[] instants = params.instants(period);
        ObjectNode root = ResultsParams.periodNode(period);
        ArrayNode steps = root.putArray("steps");
        debtDesk.dunningSteps(instants[0], instants[1], who).forEach(step -> steps.add(dunningStep(step)));
        return Json.ok(root);
    }

    /**
     * {@code {client, action}}: a dunning step (REMINDER, CALL, CLAIM_LETTER, SUSPEND_WORK, LEGAL) by the caller,
     * through the debt guard: 201 with status TAKEN, or PENDING when it waits for the head, and the step's script;
     * 403 when the caller is not the client's manager, the head or the office manager; 409 at {@code action} for a
     * hard step with nothing overdue or a reminder or call sooner than the pace allows (issue 17).
     */
    @POST
    @Path("dunning")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response takeDunningStep(String body) {
        Caller caller = access.staff();
        ObjectNode request = Json.object(body);
        String client = ResultsParams.required(request, "client");
        DunningAction action = Fields.oneOf(DunningAction.class, ResultsParams.required(request, "action"), "action");
        if (caller.role().isEmpty()) {
            throw ApiError.forbidden(Problem.of("error.debt.onlyDepartmentPeople"));
        }
        try {
            StoredDunningStep step = debtDesk.takeDunningStep(client, action, caller.name(), clock.instant());
            return Json.created(dunningStep(step).set("script", DebtJson.script(action, client,
                    Optional.of(debtDesk.clientDebt(client, params.today())), caller.name())));
        } catch (DunningRefused refused) {
            throw refused.kind() == DunningRefused.Kind.NOT_YOURS ? ApiError.forbidden(refused.problem())
                    : ApiError.conflict("action", refused.problem());
        }
    }

    /**
     * {@code ?client=}: each dunning step as the caller would take it against the client now (refused and why,
     * held for the head, its script), with what the client owes and their value. For the department's people.
     */
    @GET
    @Path("dunning/choices")
    public Response dunningChoices(@QueryParam("client") String client) {
        Caller caller = access.staff();
        // as a body's field would be: required, one line, at most 255 characters
        String name = ResultsParams.required(Json.MAPPER.createObjectNode().put("client", client), "client");
        if (caller.role().isEmpty()) {
            throw ApiError.forbidden(Problem.of("error.debt.onlyDepartmentPeople"));
        }
        DebtDesk.ClientDebt debt = debtDesk.clientDebt(name, params.today());
        ObjectNode root = Json.MAPPER.createObjectNode().put("client", name);
        DebtJson.clientDebt(root.putObject("debt"), debt);
        ArrayNode steps = root.putArray("steps");
        debtDesk.dunningChoices(name, caller.name(), clock.instant())
                .forEach(choice -> steps.add(DebtJson.dunningChoice(choice, name, Optional.of(debt), caller.name())));
        return Json.ok(root);
    }

    /** {@code {approve: true | false}}: the head decides on a step the guard held. */
    @POST
    @Path("dunning/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decideDunningStep(@PathParam("id") String idText, String body) {
        Caller caller = access.staff();
        int id = ResultsParams.id(idText);
        debtDesk.dunningStep(id).orElseThrow(() -> ApiError.notFound("id", Problem.of("error.debt.dunningStep", id)));
        JsonNode approve = Json.object(body).get("approve");
        if (approve == null || !approve.isBoolean()) {
            throw ApiError.badInput("approve", Problem.of("error.input.trueFalse"));
        }
        try {
            return Json.ok(dunningStep(debtDesk.decideDunningStep(id, approve.booleanValue(), caller.name(),
                    clock.instant())));
        } catch (Refused refused) {
            throw ApiError.forbidden(refused.problem());
        }
    }

    private static ObjectNode dunningStep(StoredDunningStep step) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("id", step.id()).put("client", step.client())
                .put("action", step.action().name()).put("by", step.by()).put("at", step.at().toString())
                .put("status", step.status().name()).put("reason", step.reason());
        node.put("decidedBy", step.decidedBy().orElse(null));
        node.put("decidedAt", step.decidedAt().map(Instant::toString).orElse(null));
        return node;
    }

    private static void aging(ObjectNode node, Aging aging) {
        node.put("notDueKopecks", aging.notDueKopecks());
        ObjectNode buckets = node.putObject("overdueKopecks");
        for (AgingBucket b : AgingBucket.values()) {
            buckets.put(b.label(), aging.bucket(b));
        }
        node.put("overdueTotalKopecks", aging.overdue()).put("totalKopecks", aging.total());
        node.put("worst", aging.worst().map(AgingBucket::label).orElse(null));
    }

    public static ObjectNode receivable(StoredReceivable stored) {
        Receivable r = stored.receivable();
        ObjectNode node = Json.MAPPER.createObjectNode().put("id", r.id()).put("client", r.client())
                .put("amountKopecks", r.amountKopecks()).put("paidKopecks", stored.paidKopecks())
                .put("issuedOn", r.issuedOn().toString()).put("dueOn", r.dueOn().toString());
        stored.manager().ifPresent(m -> node.put("manager", m));
        stored.service().ifPresent(s -> node.put("service", s));
        return node;
    }
}
