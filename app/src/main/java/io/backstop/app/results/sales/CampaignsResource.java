package io.backstop.app.results.sales;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;
import io.backstop.app.results.common.ResultsParams;
import io.backstop.core.staff.Role;
import io.backstop.core.upsell.CallList;
import io.backstop.core.upsell.CallOutcome;
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

/**
 * Campaigns' call lists under {@code results/}: whom to call and whom each campaign skips, and (issue 17) each row's
 * caller, whom the head may change, and the outcome the caller records.
 */
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    /** Who gets every client's rows of a call list: all but a manager, who calls their own clients. */
    private static final Role[] ALL_CALL_LISTS = {Role.HEAD, Role.DIRECTOR, Role.OFFICE_MANAGER, Role.OPERATOR};

    private final Access access;
    private final SalesDesk salesDesk;
    private final Clock clock;
    private final ResultsParams params;

    @Inject
    public CampaignsResource(Access access, SalesDesk salesDesk, Clock clock) {
        this.access = access;
        this.salesDesk = salesDesk;
        this.clock = clock;
        this.params = new ResultsParams(clock, salesDesk::zone);
    }

    /**
     * A campaign's call list on a day (today by default): whom to call, freshest order first, and whom it skips with
     * every reason; each row with the client's manager. A manager gets their own clients' rows, everybody else on the
     * staff all of them (or one {@code manager}'s).
     */
    @GET
    @Path("campaigns/{code}")
    public Response campaign(@PathParam("code") String code, @QueryParam("on") String on,
                             @QueryParam("manager") String manager) {
        Caller caller = access.staff();
        LocalDate day = day(on);
        Optional<String> whose = Access.scope(caller, manager, "manager", ALL_CALL_LISTS);
        knownCampaign(code);
        return Json.ok(callList(salesDesk.calls(code, day, clock.instant(), whose), caller));
    }

    /**
     * {@code {client, caller}}: the head gives a row of today's call list to another person of the department
     * (issue 17). Answers the row.
     */
    @POST
    @Path("campaigns/{code}/caller")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assignCaller(@PathParam("code") String code, String body) {
        Caller caller = access.oneOf("the head", Role.HEAD);
        knownCampaign(code);
        ObjectNode request = Json.object(body);
        String client = ResultsParams.required(request, "client");
        String to = ResultsParams.required(request, "caller");
        CampaignCalls run = salesDesk.assignCaller(code, client, to, caller.name(), clock.instant());
        return Json.ok(row(run, client, caller));
    }

    /**
     * {@code {client, outcome}}: what came of the call on a row of today's list ({@code CallOutcome}), recorded by
     * the row's caller (the head may record any row's). Answers the row.
     */
    @POST
    @Path("campaigns/{code}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordOutcome(@PathParam("code") String code, String body) {
        Caller caller = access.staff();
        knownCampaign(code);
        ObjectNode request = Json.object(body);
        String client = ResultsParams.required(request, "client");
        CallOutcome outcome = Fields.oneOf(CallOutcome.class, ResultsParams.required(request, "outcome"), "outcome");
        CampaignCalls today = salesDesk.calls(code, params.today(), clock.instant(), Optional.empty());
        if (!today.calls(client)) {
            throw ApiError.badInput("client", Problem.of("error.sales.todayCallList", client, code));
        }
        ResultsParams.ownOrHead(caller, today.callerOf(client).orElse(""),
                Problem.of("error.sales.rowsCallerOrHead"));
        CampaignCalls run = salesDesk.recordOutcome(code, client, outcome, caller.name(), clock.instant());
        return Json.ok(row(run, client, caller));
    }

    private void knownCampaign(String code) {
        if (code.length() > Fields.MAX_TEXT) {
            throw ApiError.badInput("code", Problem.of("error.input.mostCharacters", Fields.MAX_TEXT));
        }
        if (salesDesk.settings().campaign(code).isEmpty()) {
            throw ApiError.notFound("code", Problem.of("error.sales.campaignResultsSettings", code));
        }
    }

    /** A row to call: the client, their manager, the caller, the outcome so far, and whether the asker records it. */
    private ObjectNode row(CampaignCalls run, String client, Caller asking) {
        ObjectNode node = manager(access, Json.MAPPER.createObjectNode().put("client", client), run.managerOf(client));
        Optional<String> caller = run.callerOf(client);
        node.put("caller", caller.orElse(null)).put("callerName", caller.map(access::displayName).orElse(null))
                .put("outcome", run.outcomeOf(client).map(Enum::name).orElse(null))
                .put("outcomeBy", run.outcomeBy(client).orElse(null))
                .put("outcomeAt", run.outcomeAt(client).map(Instant::toString).orElse(null))
                .put("mayRecord", asking.admin() || asking.is(Role.HEAD) || caller.filter(asking.name()::equals)
                        .isPresent());
        return node;
    }

    /** Every campaign's call list on a day, as {@code campaigns/{code}} answers each: the head's screen. */
    @GET
    @Path("campaigns")
    public Response campaigns(@QueryParam("on") String on, @QueryParam("manager") String manager) {
        Caller caller = access.staff();
        LocalDate day = day(on);
        Optional<String> whose = Access.scope(caller, manager, "manager", ALL_CALL_LISTS);
        ObjectNode root = Json.MAPPER.createObjectNode().put("on", day.toString());
        ArrayNode list = root.putArray("campaigns");
        salesDesk.campaigns(day, clock.instant(), whose).forEach(run -> list.add(callList(run, caller)));
        return Json.ok(root);
    }

    private LocalDate day(String on) {
        return on == null || on.isBlank() ? params.today() : ResultsParams.date(on, "on");
    }

    private ObjectNode callList(CampaignCalls run, Caller asking) {
        CallList list = run.list();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("campaign", list.campaign().code()).put("ordered", list.campaign().ordered())
                .put("offer", list.campaign().offer()).put("on", list.on().toString())
                .put("windowStart", list.campaign().windowStart(list.on()).toString())
                .put("today", list.on().equals(params.today()))
                .put("mayAssign", asking.admin() || asking.is(Role.HEAD));
        if (root.get("mayAssign").asBoolean()) {
            ArrayNode callers = root.putArray("callers"); // whom the head may give a row to
            salesDesk.people().forEach(p -> callers.addObject().put("person", p).put("name", access.displayName(p)));
        }
        ArrayNode calls = root.putArray("calls");
        list.calls().forEach(c -> calls.add(row(run, c.client(), asking)
                .put("lastOrderedOn", c.lastOrderedOn().toString())));
        ArrayNode skipped = root.putArray("skipped");
        list.skipped().forEach(s -> {
            ObjectNode node = manager(access, skipped.addObject().put("client", s.client()), run.managerOf(s.client()));
            ArrayNode reasons = node.putArray("reasons");
            s.reasons().stream().sorted().forEach(r -> reasons.add(r.name()));
        });
        return root;
    }

    /** The client's manager and how people know them; null for a client no invoice names a manager for. */
    static ObjectNode manager(Access access, ObjectNode node, Optional<String> manager) {
        if (manager.isEmpty()) {
            return node.putNull("manager").putNull("managerName");
        }
        return node.put("manager", manager.get()).put("managerName", access.displayName(manager.get()));
    }

}
