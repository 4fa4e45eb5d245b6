package io.backstop.app.results.complaints;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;
import io.backstop.app.results.common.Refused;
import io.backstop.app.results.common.ResultsParams;
import io.backstop.core.complaint.Change;
import io.backstop.core.complaint.Complaint;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.staff.Role;
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

/** Complaints under {@code results/}: anyone on the staff flags one; only the head closes one. */
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

    private static final Role[] SEE_ALL = {Role.HEAD};

    private final Access access;
    private final ComplaintsDesk complaintsDesk;
    private final Clock clock;
    private final ResultsParams params;

    @Inject
    public ComplaintsResource(Access access, ComplaintsDesk complaintsDesk, Clock clock) {
        this.access = access;
        this.complaintsDesk = complaintsDesk;
        this.clock = clock;
        this.params = new ResultsParams(clock, complaintsDesk::zone);
    }

    @GET
    @Path("complaints")
    public Response complaints(@QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("person") String person) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        LocalDate[] period = params.period(from, to);
        Instant[] instants = params.instants(period);
        ComplaintsDesk.Complaints complaints = complaintsDesk.complaints(instants[0], instants[1], who);
        ObjectNode root = ResultsParams.periodNode(period);
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
        StoredComplaint stored = complaintsDesk.flagComplaint(ResultsParams.required(request, "client"),
                Fields.issueKey(request, "issue"),
                Fields.text(request, "comment", Fields.MAX_COMMENT), ResultsParams.required(request, "about"), caller.name(),
                Fields.instant(request, "at").orElse(clock.instant()));
        return Json.created(complaint(stored.complaint()));
    }

    /** {@code {action: UNFLAG | CLOSE | REOPEN}}: only the head (or the director), never the one it is about. */
    @POST
    @Path("complaints/{id}/action")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response actOnComplaint(@PathParam("id") String idText, String body) {
        Caller caller = access.staff();
        int id = ResultsParams.id(idText);
        complaintsDesk.complaint(id).orElseThrow(() -> ApiError.notFound("id", "no complaint " + id));
        ComplaintAction action = Fields.oneOf(ComplaintAction.class, ResultsParams.required(Json.object(body), "action"), "action");
        if (action == ComplaintAction.FLAG) {
            throw ApiError.badInput("action", "expected UNFLAG, CLOSE or REOPEN; flag with POST results/complaints");
        }
        try {
            return Json.ok(complaint(complaintsDesk.actOnComplaint(id, caller.name(), action, clock.instant()).complaint()));
        } catch (Refused refused) {
            throw ApiError.forbidden(refused.getMessage());
        }
    }

    public static ObjectNode complaint(Complaint c) {
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
}
