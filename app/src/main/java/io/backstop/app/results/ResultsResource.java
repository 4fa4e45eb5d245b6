package io.backstop.app.results;

import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Csv;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.complaint.Change;
import io.backstop.core.complaint.Complaint;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.debt.Aging;
import io.backstop.core.debt.AgingBucket;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import io.backstop.core.hotspot.CheapOrder;
import io.backstop.core.hotspot.OperationTime;
import io.backstop.core.norms.Band;
import io.backstop.core.norms.Output;
import io.backstop.core.scorecard.Component;
import io.backstop.core.scorecard.Score;
import io.backstop.core.staff.Role;
import io.backstop.core.upsell.CallList;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The department's results. The head and administrators see everybody's; a manager, the operator and the office
 * manager see their own rows (the office manager sees every debtor: they keep the invoices). The office manager,
 * the head and administrators record invoices and payments; anyone on the staff records their own operations and
 * offers and flags a complaint; only the head closes one. Periods are dates {@code from}..{@code to}, both counted,
 * this month by default.
 */
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {

    static final String CSV = Csv.TYPE;
    private static final Role[] SEE_ALL = {Role.HEAD};
    /** The longest period a results read covers: three years. */
    static final int MAX_PERIOD_DAYS = 1096;
    private static final Role[] KEEP_INVOICES = {Role.HEAD, Role.OFFICE_MANAGER};

    private final Access access;
    private final ResultsDesk results;
    private final Clock clock;

    @Inject
    public ResultsResource(Access access, ResultsDesk results, Clock clock) {
        this.access = access;
        this.results = results;
        this.clock = clock;
    }

    // Settings

    @GET
    @Path("settings")
    public Response settings() {
        access.admin();
        return Json.ok(results.settings().toJson());
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replaceSettings(String body) {
        access.admin();
        ResultsSettings next = ResultsSettings.read(Json.object(body));
        return Json.ok(results.replaceSettings(next).toJson());
    }

    // Norm-hours

    @GET
    @Path("norm-hours")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response normHours(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("person") String person, @QueryParam("format") String format) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        LocalDate[] period = period(from, to);
        List<ResultsDesk.PersonOutput> people = results.normHours(period[0], period[1], who);
        Duration fullDay = results.settings().ramp().fullDay();
        if (csv(format)) {
            StringBuilder out = new StringBuilder(
                    "person,day,earned_minutes,present_minutes,norm_hours,per_full_day,band_min,band_max,verdict\n");
            for (ResultsDesk.PersonOutput p : people) {
                for (ResultsDesk.DayOutput d : p.days()) {
                    out.append(Csv.cell(p.person())).append(',').append(d.day()).append(',')
                            .append(d.output().earnedMinutes()).append(',').append(d.output().presentMinutes())
                            .append(',').append(Json.round(d.output().earnedNormHours())).append(',')
                            .append(number(d.output().perFullDay(fullDay))).append(',')
                            .append(Json.round(d.band().min())).append(',').append(Json.round(d.band().max())).append(',')
                            .append(d.verdict().map(Enum::name).orElse("")).append('\n');
                }
            }
            return Csv.ok(out.toString(), "norm-hours-" + period[0] + "-" + period[1] + ".csv");
        }
        ObjectNode root = periodNode(period);
        ArrayNode list = root.putArray("people");
        for (ResultsDesk.PersonOutput p : people) {
            ObjectNode node = list.addObject();
            node.put("person", p.person());
            p.hired().ifPresent(h -> node.put("hired", h.toString()));
            node.put("monthOfService", p.monthOfService());
            band(node.putObject("band"), p.band());
            output(node.putObject("total"), p.total(), fullDay);
            node.put("verdict", p.verdict().map(Enum::name).orElse(null));
            ArrayNode days = node.putArray("days");
            for (ResultsDesk.DayOutput d : p.days()) {
                ObjectNode day = days.addObject().put("day", d.day().toString());
                output(day, d.output(), fullDay);
                band(day.putObject("band"), d.band());
                day.put("verdict", d.verdict().map(Enum::name).orElse(null));
            }
        }
        return Json.ok(root);
    }

    /**
     * {@code {person?, day?, operation, count?, client?}}: an operation done; person defaults to the caller, day to
     * today; with a client, it also counts against what that client's orders bring (cheap orders).
     */
    @POST
    @Path("operations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordOperation(String body) {
        Caller caller = access.staff();
        ObjectNode request = Json.object(body);
        String person = Fields.text(request, "person").orElse(caller.name());
        ownOrHead(caller, person, "you may record only your own operations");
        LocalDate day = Fields.date(request, "day").orElse(today());
        String operation = Fields.text(request, "operation")
                .orElseThrow(() -> ApiError.badInput("operation", "is required"));
        long count = Fields.whole(request, "count").orElse(1L);
        if (count < 1 || count > ResultsDesk.MAX_COUNT) {
            throw ApiError.badInput("count", "must be from 1 to " + ResultsDesk.MAX_COUNT);
        }
        OperationDay row = results.recordOperation(person, day, operation, (int) count,
                Fields.text(request, "client"));
        return Json.created(Json.MAPPER.createObjectNode().put("person", row.person()).put("day", row.day().toString())
                .put("operation", row.operation()).put("count", row.count()).put("normMinutes", row.normMinutes()));
    }

    // Upsells

    @GET
    @Path("upsells")
    public Response upsells(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("person") String person) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        LocalDate[] period = period(from, to);
        Instant[] instants = instants(period);
        ObjectNode root = periodNode(period);
        ArrayNode list = root.putArray("people");
        for (ResultsDesk.PersonUpsells p : results.upsells(instants[0], instants[1], who)) {
            list.addObject().put("person", p.person()).put("presented", p.conversion().presented())
                    .put("accepted", p.conversion().accepted()).put("conversion", Json.round(p.conversion().rate()))
                    .put("points", p.points());
        }
        ArrayNode offers = root.putArray("offers");
        results.offers(instants[0], instants[1], who).forEach(o -> offers.add(offer(o)));
        return Json.ok(root);
    }

    /** {@code {issue, client, basis, service, amountKopecks?, by?, status?, at?}}: an offer made. */
    @POST
    @Path("offers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordOffer(String body) {
        Caller caller = access.staff();
        ObjectNode request = Json.object(body);
        String by = Fields.text(request, "by").orElse(caller.name());
        ownOrHead(caller, by, "you may record only your own offers");
        OfferStatus status = Fields.text(request, "status").map(s -> Fields.oneOf(OfferStatus.class, s, "status"))
                .orElse(OfferStatus.PRESENTED);
        Offer offer = new Offer(required(request, "issue"), required(request, "client"), required(request, "basis"),
                required(request, "service"), status, Fields.whole(request, "amountKopecks").orElse(0L), by,
                Fields.instant(request, "at").orElse(clock.instant()));
        return Json.created(offer(results.recordOffer(offer)));
    }

    /** {@code {status: ACCEPTED | DECLINED}}: the client's answer. */
    @POST
    @Path("offers/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answerOffer(@PathParam("id") String idText, String body) {
        Caller caller = access.staff();
        int id = id(idText);
        StoredOffer offer = results.offer(id).orElseThrow(() -> ApiError.notFound("id", "no offer " + id));
        ownOrHead(caller, offer.offer().by(), "you may answer only your own offers");
        OfferStatus status = Fields.oneOf(OfferStatus.class, required(Json.object(body), "status"), "status");
        return Json.ok(offer(results.answerOffer(id, status)));
    }

    @GET
    @Path("campaigns/{code}")
    public Response campaign(@PathParam("code") String code, @QueryParam("on") String on) {
        access.staff();
        LocalDate day = on == null || on.isBlank() ? today() : date(on, "on");
        if (code.length() > Fields.MAX_TEXT) {
            throw ApiError.badInput("code", "must be at most " + Fields.MAX_TEXT + " characters");
        }
        CallList list = results.settings().campaign(code).map(found -> results.callList(code, day))
                .orElseThrow(() -> ApiError.notFound("code", "no campaign \"" + code + "\" in the results settings"));
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("campaign", list.campaign().code()).put("ordered", list.campaign().ordered())
                .put("offer", list.campaign().offer()).put("on", list.on().toString())
                .put("windowStart", list.campaign().windowStart(list.on()).toString());
        ArrayNode calls = root.putArray("calls");
        list.calls().forEach(c -> calls.addObject().put("client", c.client())
                .put("lastOrderedOn", c.lastOrderedOn().toString()));
        ArrayNode skipped = root.putArray("skipped");
        list.skipped().forEach(s -> {
            ObjectNode node = skipped.addObject().put("client", s.client());
            ArrayNode reasons = node.putArray("reasons");
            s.reasons().stream().sorted().forEach(r -> reasons.add(r.name()));
        });
        return Json.ok(root);
    }

    // Debtors

    @GET
    @Path("debtors")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    public Response debtors(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("manager") String manager, @QueryParam("format") String format) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, manager, "manager", KEEP_INVOICES);
        LocalDate[] period = period(from, to);
        ResultsDesk.Debtors debtors = results.debtors(period[0], period[1], who);
        if (csv(format)) {
            StringBuilder out = new StringBuilder("client,manager,not_due_kopecks");
            for (AgingBucket b : AgingBucket.values()) {
                out.append(",overdue_").append(b.label().replace('+', 'p').replace('-', '_')).append("_kopecks");
            }
            out.append(",overdue_kopecks,total_kopecks,oldest_days_overdue,escalation\n");
            for (ResultsDesk.Debtor d : debtors.debtors()) {
                out.append(Csv.cell(d.client())).append(',').append(Csv.cell(d.manager().orElse(""))).append(',')
                        .append(d.aging().notDueKopecks());
                for (AgingBucket b : AgingBucket.values()) {
                    out.append(',').append(d.aging().bucket(b));
                }
                out.append(',').append(d.aging().overdue()).append(',').append(d.aging().total()).append(',')
                        .append(d.escalation().map(e -> Long.toString(e.oldest().daysOverdue())).orElse(""))
                        .append(',').append(d.escalation().map(e -> e.level().name()).orElse("")).append('\n');
            }
            return Csv.ok(out.toString(), "debtors-" + period[1] + ".csv");
        }
        ObjectNode root = periodNode(period);
        aging(root.putObject("total"), debtors.total());
        OptionalDouble dso = debtors.dso();
        if (dso.isPresent()) {
            root.put("dso", Json.round(dso.getAsDouble()));
        } else {
            root.putNull("dso");
        }
        ArrayNode list = root.putArray("debtors");
        for (ResultsDesk.Debtor d : debtors.debtors()) {
            ObjectNode node = list.addObject().put("client", d.client()).put("manager", d.manager().orElse(null));
            aging(node.putObject("aging"), d.aging());
            d.escalation().ifPresent(e -> {
                ObjectNode esc = node.putObject("escalation").put("level", e.level().name())
                        .put("oldestReceivable", e.oldest().receivable().id())
                        .put("daysOverdue", e.oldest().daysOverdue());
                e.next().ifPresent(n -> esc.put("nextLevel", n.level().name()).put("nextOn", n.dueOn().toString()));
            });
        }
        return Json.ok(root);
    }

    /** {@code {id, client, manager?, service?, amountKopecks, issuedOn?, dueOn}}: an invoice. */
    @POST
    @Path("receivables")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordReceivable(String body) {
        access.oneOf("the head and the office manager", KEEP_INVOICES);
        ObjectNode request = Json.object(body);
        LocalDate issued = Fields.date(request, "issuedOn").orElse(today());
        Receivable receivable = new Receivable(required(request, "id"), required(request, "client"),
                Fields.whole(request, "amountKopecks").orElseThrow(() -> ApiError.badInput("amountKopecks",
                        "is required")), issued,
                Fields.date(request, "dueOn").orElseThrow(() -> ApiError.badInput("dueOn", "is required")));
        StoredReceivable stored = results.recordReceivable(receivable, Fields.text(request, "manager"),
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
        Payment payment = new Payment(required(request, "receivable"),
                Fields.whole(request, "amountKopecks").orElseThrow(() -> ApiError.badInput("amountKopecks",
                        "is required")), Fields.date(request, "paidOn").orElse(today()));
        return Json.created(receivable(results.recordPayment(payment)));
    }

    // Complaints

    @GET
    @Path("complaints")
    public Response complaints(@QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("person") String person) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        LocalDate[] period = period(from, to);
        Instant[] instants = instants(period);
        ResultsDesk.Complaints complaints = results.complaints(instants[0], instants[1], who);
        ObjectNode root = periodNode(period);
        ArrayNode lane = root.putArray("lane");
        complaints.lane().forEach(c -> lane.add(complaint(c)));
        ObjectNode counts = root.putObject("counts");
        complaints.counts().forEach(counts::put);
        return Json.ok(root);
    }

    /** {@code {client, issue, comment?, about, at?}}: anyone on the staff flags a complaint. */
    @POST
    @Path("complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response flagComplaint(String body) {
        Caller caller = access.staff();
        ObjectNode request = Json.object(body);
        StoredComplaint stored = results.flagComplaint(required(request, "client"), required(request, "issue"),
                Fields.text(request, "comment", Fields.MAX_COMMENT), required(request, "about"), caller.name(),
                Fields.instant(request, "at").orElse(clock.instant()));
        return Json.created(complaint(stored.complaint()));
    }

    /** {@code {action: UNFLAG | CLOSE | REOPEN}}: only the head (or the director), never the one it is about. */
    @POST
    @Path("complaints/{id}/action")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response actOnComplaint(@PathParam("id") String idText, String body) {
        Caller caller = access.staff();
        int id = id(idText);
        results.complaint(id).orElseThrow(() -> ApiError.notFound("id", "no complaint " + id));
        ComplaintAction action = Fields.oneOf(ComplaintAction.class, required(Json.object(body), "action"), "action");
        if (action == ComplaintAction.FLAG) {
            throw ApiError.badInput("action", "expected UNFLAG, CLOSE or REOPEN; flag with POST results/complaints");
        }
        try {
            return Json.ok(complaint(results.actOnComplaint(id, caller.name(), action, clock.instant()).complaint()));
        } catch (ResultsDesk.Refused refused) {
            throw ApiError.forbidden(refused.getMessage());
        }
    }

    // Hotspots and the scorecard

    @GET
    @Path("hotspots")
    public Response hotspots(@QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("person") String person) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        LocalDate[] period = period(from, to);
        ObjectNode root = periodNode(period);
        ArrayNode list = root.putArray("operations");
        for (OperationTime t : results.hotspots(period[0], period[1], who)) {
            list.addObject().put("operation", t.operation()).put("name", t.name()).put("count", t.count())
                    .put("standardMinutes", t.standardMinutes()).put("minutes", t.minutes())
                    .put("normHours", Json.round(t.normHours())).put("share", Json.round(t.share()));
        }
        return Json.ok(root);
    }

    @GET
    @Path("scorecard")
    public Response scorecard(@QueryParam("month") String month, @QueryParam("person") String person) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        YearMonth which = month(month);
        ObjectNode root = Json.MAPPER.createObjectNode().put("month", which.toString());
        ArrayNode list = root.putArray("people");
        for (Score s : results.scorecard(which, who)) {
            ObjectNode node = list.addObject().put("person", s.person()).put("total", Json.round(s.total()));
            ObjectNode components = node.putObject("components");
            for (Component c : Component.values()) {
                components.putObject(c.name().toLowerCase(Locale.ROOT)).put("score", Json.round(s.of(c)))
                        .put("weight", s.weights().of(c)).put("weighted", Json.round(s.weighted(c)));
            }
        }
        return Json.ok(root);
    }

    // Reply times

    /**
     * Per person, staff replies in the period, how many were within the response goal and how many late (a
     * breach of theirs), with the on-time share (null without replies).
     */
    @GET
    @Path("sla")
    public Response sla(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("person") String person) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        LocalDate[] period = period(from, to);
        Instant[] instants = instants(period);
        ObjectNode root = periodNode(period);
        ArrayNode list = root.putArray("people");
        for (ResultsDesk.PersonSla p : results.sla(instants[0], instants[1], who)) {
            ObjectNode node = list.addObject().put("person", p.person()).put("replies", p.replies())
                    .put("onTime", p.onTime()).put("breaches", p.breaches());
            if (p.replies() > 0) {
                node.put("onTimeShare", Json.round((double) p.onTime() / p.replies()));
            } else {
                node.putNull("onTimeShare");
            }
        }
        return Json.ok(root);
    }

    // Offer checklists, cheap orders, dunning

    /** Loto-card coverage on a day: per manager, and per client the offers still missing. */
    @GET
    @Path("loto-cards")
    public Response lotoCards(@QueryParam("on") String on, @QueryParam("manager") String manager) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, manager, "manager", KEEP_INVOICES);
        ResultsDesk.LotoCoverage coverage = results.lotoCoverage(on == null || on.isBlank() ? today() : date(on, "on"),
                who);
        ObjectNode root = Json.MAPPER.createObjectNode().put("on", coverage.on().toString());
        ArrayNode managers = root.putArray("managers");
        coverage.byManager().forEach((name, c) -> managers.addObject().put("manager", name)
                .put("required", c.required()).put("made", c.made()).put("coverage", Json.round(c.rate())));
        ArrayNode clients = root.putArray("clients");
        coverage.clients().forEach(c -> {
            ObjectNode node = clients.addObject().put("client", c.client());
            c.required().forEach(node.putArray("required")::add);
            c.missing().forEach(node.putArray("missing")::add);
        });
        return Json.ok(root);
    }

    /** Orders whose requests take more norm time than their value warrants, for a month; the head's economics. */
    @GET
    @Path("cheap-orders")
    public Response cheapOrders(@QueryParam("month") String month) {
        access.oneOf("the head", SEE_ALL);
        ResultsDesk.CheapOrders cheap = results.cheapOrders(month(month), clock.instant());
        ObjectNode root = Json.MAPPER.createObjectNode().put("month", cheap.month().toString())
                .put("threshold", cheap.threshold()).put("share", Json.round(cheap.share()))
                .put("partial", cheap.share() < 1);
        ArrayNode orders = root.putArray("orders");
        for (CheapOrder order : cheap.orders()) {
            ObjectNode node = orders.addObject().put("client", order.load().client())
                    .put("services", order.load().service())
                    .put("valueKopecks", order.load().monthlyValueKopecks()).put("minutes", order.minutes())
                    .put("normHoursPerThousandRoubles", Json.round(order.normHoursPerThousandRoubles()));
            ArrayNode ops = node.putArray("operations");
            order.operations().forEach(t -> ops.addObject().put("operation", t.operation()).put("count", t.count())
                    .put("minutes", t.minutes()));
        }
        ArrayNode where = root.putArray("whereTimeGoes");
        cheap.where().forEach(t -> where.addObject().put("operation", t.operation()).put("name", t.name())
                .put("count", t.count()).put("minutes", t.minutes()).put("share", Json.round(t.share())));
        return Json.ok(root);
    }

    /** Dunning steps of the period and every one waiting for the head; a manager sees their clients' and their own. */
    @GET
    @Path("dunning")
    public Response dunning(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("manager") String manager) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, manager, "manager", KEEP_INVOICES);
        LocalDate[] period = period(from, to);
        Instant[] instants = instants(period);
        ObjectNode root = periodNode(period);
        ArrayNode steps = root.putArray("steps");
        results.dunningSteps(instants[0], instants[1], who).forEach(step -> steps.add(dunningStep(step)));
        return Json.ok(root);
    }

    /**
     * {@code {client, action}}: a dunning step (REMINDER, CALL, CLAIM_LETTER, SUSPEND_WORK, LEGAL) by the caller,
     * through the guard for large clients: 201 with status TAKEN, or PENDING when it waits for the head.
     */
    @POST
    @Path("dunning")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response takeDunningStep(String body) {
        Caller caller = access.staff();
        ObjectNode request = Json.object(body);
        String client = required(request, "client");
        DunningAction action = Fields.oneOf(DunningAction.class, required(request, "action"), "action");
        if (caller.role().isEmpty()) {
            throw ApiError.forbidden("only the department's people take dunning steps");
        }
        return Json.created(dunningStep(results.takeDunningStep(client, action, caller.name(), clock.instant())));
    }

    /** {@code {approve: true | false}}: the head decides on a step the guard held. */
    @POST
    @Path("dunning/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decideDunningStep(@PathParam("id") String idText, String body) {
        Caller caller = access.staff();
        int id = id(idText);
        results.dunningStep(id).orElseThrow(() -> ApiError.notFound("id", "no dunning step " + id));
        JsonNode approve = Json.object(body).get("approve");
        if (approve == null || !approve.isBoolean()) {
            throw ApiError.badInput("approve", "must be true or false");
        }
        try {
            return Json.ok(dunningStep(results.decideDunningStep(id, approve.booleanValue(), caller.name(),
                    clock.instant())));
        } catch (ResultsDesk.Refused refused) {
            throw ApiError.forbidden(refused.getMessage());
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

    private YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(today());
        }
        YearMonth which;
        try {
            which = YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.badInput("month", "expected a month such as 2026-11");
        }
        Fields.inRange(which.atDay(1), "month");
        return which;
    }

    // Who sees what

    private static void ownOrHead(Caller caller, String person, String message) {
        if (!caller.admin() && !caller.is(Role.HEAD) && !person.equals(caller.name())) {
            throw ApiError.forbidden(message);
        }
    }

    // Parameters

    private LocalDate today() {
        return clock.instant().atZone(results.zone()).toLocalDate();
    }

    /** {@code from}..{@code to}, both counted; this month to today by default. */
    private LocalDate[] period(String from, String to) {
        LocalDate end = to == null || to.isBlank() ? today() : date(to, "to");
        LocalDate start = from == null || from.isBlank() ? end.withDayOfMonth(1) : date(from, "from");
        if (end.isBefore(start)) {
            throw ApiError.badInput("to", "must not be before from");
        }
        if (start.plusDays(MAX_PERIOD_DAYS).isBefore(end)) {
            // every day of the period is a row: a century-long one would keep the server busy for nothing
            throw ApiError.badInput("from", "the period must be at most " + MAX_PERIOD_DAYS + " days");
        }
        return new LocalDate[] {start, end};
    }

    private Instant[] instants(LocalDate[] period) {
        ZoneId zone = results.zone();
        return new Instant[] {period[0].atStartOfDay(zone).toInstant(),
            period[1].plusDays(1).atStartOfDay(zone).toInstant()};
    }

    private static LocalDate date(String value, String name) {
        try {
            return Fields.inRange(LocalDate.parse(value.trim()), name);
        } catch (DateTimeParseException e) {
            throw ApiError.badInput(name, "expected a date such as 2026-11-05");
        }
    }

    private static int id(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiError.badInput("id", "must be a number");
        }
    }

    private static boolean csv(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return false;
        }
        if (format.equalsIgnoreCase("csv")) {
            return true;
        }
        throw ApiError.badInput("format", "expected json or csv");
    }

    private static String required(JsonNode request, String field) {
        return Fields.text(request, field).orElseThrow(() -> ApiError.badInput(field, "is required"));
    }

    // Views

    private static ObjectNode periodNode(LocalDate[] period) {
        return Json.MAPPER.createObjectNode().put("from", period[0].toString()).put("to", period[1].toString());
    }

    private static void output(ObjectNode node, Output output, Duration fullDay) {
        node.put("earnedMinutes", output.earnedMinutes()).put("presentMinutes", output.presentMinutes())
                .put("normHours", Json.round(output.earnedNormHours()));
        OptionalDouble perDay = output.perFullDay(fullDay);
        if (perDay.isPresent()) {
            node.put("perFullDay", Json.round(perDay.getAsDouble()));
        } else {
            node.putNull("perFullDay");
        }
    }

    private static void band(ObjectNode node, Band band) {
        node.put("min", Json.round(band.min())).put("max", Json.round(band.max()));
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

    static ObjectNode offer(StoredOffer stored) {
        Offer o = stored.offer();
        return Json.MAPPER.createObjectNode().put("id", stored.id()).put("issue", o.issue()).put("client", o.client())
                .put("basis", o.basis()).put("service", o.service()).put("status", o.status().name())
                .put("amountKopecks", o.amountKopecks()).put("by", o.by()).put("at", o.at().toString());
    }

    static ObjectNode receivable(StoredReceivable stored) {
        Receivable r = stored.receivable();
        ObjectNode node = Json.MAPPER.createObjectNode().put("id", r.id()).put("client", r.client())
                .put("amountKopecks", r.amountKopecks()).put("paidKopecks", stored.paidKopecks())
                .put("issuedOn", r.issuedOn().toString()).put("dueOn", r.dueOn().toString());
        stored.manager().ifPresent(m -> node.put("manager", m));
        stored.service().ifPresent(s -> node.put("service", s));
        return node;
    }

    static ObjectNode complaint(Complaint c) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("id", c.id()).put("client", c.client())
                .put("issue", c.issue()).put("about", c.about()).put("flaggedBy", c.flaggedBy())
                .put("flaggedAt", c.flaggedAt().toString()).put("state", c.state().name());
        c.comment().ifPresent(comment -> node.put("comment", comment));
        ArrayNode history = node.putArray("history");
        for (Change change : c.history()) {
            history.addObject().put("action", change.action().name()).put("by", change.by())
                    .put("at", change.at().toString());
        }
        return node;
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? Double.toString(Json.round(value.getAsDouble())) : "";
    }
}
