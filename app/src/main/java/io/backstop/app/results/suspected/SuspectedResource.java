package io.backstop.app.results.suspected;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;
import io.backstop.app.results.common.Refused;
import io.backstop.app.results.common.ResultsParams;
import io.backstop.app.results.complaints.ComplaintsResource;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.complaint.suspect.Dismissal;
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
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The suspected complaints' lane under {@code results/complaints/suspected}: the operator and the head (the
 * director too, with the complaint rules) read it, confirm a suspicion (a complaint) or dismiss it with a reason.
 * Administrators read it; a manager is refused: the lane is about them. Nobody sees or acts on a suspicion of an
 * issue they may not browse (404, as if it were not there).
 */
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
public class SuspectedResource {

    /** Who triages suspicions; the complaint rules' director joins them. */
    private static final Role[] TRIAGE = {Role.OPERATOR, Role.HEAD};
    private static final String WHO = "the operator and the head";

    private final Access access;
    private final SuspectedDesk desk;
    private final Clock clock;
    private final Supplier<ZoneId> zone;
    private final ResultsParams params;

    @Inject
    public SuspectedResource(Access access, SuspectedDesk desk, SettingsService settings, Clock clock) {
        this.access = access;
        this.desk = desk;
        this.clock = clock;
        this.zone = () -> settings.current().calendar().zone();
        this.params = new ResultsParams(clock, zone);
    }

    /** {@code ?from&to&state=OPEN|ALL}: every open suspicion; with ALL, also those written in the period. */
    @GET
    @Path("complaints/suspected")
    public Response suspected(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("state") String state) {
        Caller caller = access.oneOf(WHO, TRIAGE);
        boolean all = state != null && !state.isBlank() && !state.trim().equalsIgnoreCase("OPEN");
        if (all && !state.trim().equalsIgnoreCase("ALL")) {
            throw ApiError.badInput("state", Problem.of("error.suspected.expectedOpenAll"));
        }
        Instant[] period = params.instants(params.period(from, to));
        ArrayNode list = Json.MAPPER.createArrayNode();
        desk.suspicions(period[0], period[1], all).stream().filter(s -> caller.admin()
                || access.canBrowse(caller, s.issue())).forEach(s -> list.add(json(s, zone.get())));
        return Json.ok(list);
    }

    /** {@code {about?, comment?, client?}}: the suspicion becomes a complaint (201 with it). */
    @POST
    @Path("complaints/suspected/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response confirm(@PathParam("id") String idText, String body) {
        Caller caller = triager();
        int id = browsable(caller, idText);
        JsonNode request = Json.object(body);
        Optional<String> about = Fields.text(request, "about");
        Optional<String> comment = Fields.text(request, "comment", Fields.MAX_COMMENT);
        Optional<String> client = Fields.text(request, "client");
        return deciding(() -> Json.created(ComplaintsResource.complaint(desk.confirm(id, caller.name(), about, comment,
                client, clock.instant()).complaint().complaint())));
    }

    /** {@code {reason}}: the suspicion is dismissed, the reason kept for the director. */
    @POST
    @Path("complaints/suspected/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dismiss(@PathParam("id") String idText, String body) {
        Caller caller = triager();
        int id = browsable(caller, idText);
        String reason = Fields.text(Json.object(body), "reason", Dismissal.MAX_REASON)
                .orElseThrow(() -> ApiError.badInput("reason", Problem.of("error.suspected.requiredSayWhy")));
        return deciding(() -> Json.ok(json(desk.dismiss(id, caller.name(), reason, clock.instant()), zone.get())));
    }

    /** Whether the caller confirms and dismisses suspicions: the operator, the head (the director). */
    public static boolean triages(Caller caller) {
        return caller.isAnyOf(TRIAGE);
    }

    /** Whether a complaint the caller confirms may be about someone other than the client's manager: the head's. */
    public static boolean namesAnyone(Caller caller) {
        return caller.is(Role.HEAD);
    }

    /** A decision the rules refuse is 403; one already taken, 409. */
    private static Response deciding(Supplier<Response> decision) {
        try {
            return decision.get();
        } catch (Refused refused) {
            throw ApiError.forbidden(refused.problem());
        } catch (SuspectedDesk.Decided decided) {
            throw ApiError.conflict("id", decided.problem());
        }
    }

    /** The operator, the head (the director): an administrator who is none of them only reads the lane. */
    private Caller triager() {
        Caller caller = access.caller();
        if (!triages(caller)) {
            throw ApiError.forbidden(Problem.of("error.suspected.onlyConfirmDismiss", Access.who(TRIAGE)));
        }
        return caller;
    }

    private int browsable(Caller caller, String idText) {
        int id = ResultsParams.id(idText);
        desk.suspicion(id).filter(s -> access.canBrowse(caller, s.issue()))
                .orElseThrow(() -> ApiError.notFound("id", Problem.of("error.suspected.suspicionYouSee", id)));
        return id;
    }

    static ObjectNode json(Suspected s, ZoneId zone) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("id", s.id()).put("issue", s.issue());
        s.client().ifPresentOrElse(client -> node.put("client", client), () -> node.putNull("client"));
        node.put("about", s.about());
        Json.put(node, "at", s.at(), zone);
        node.put("excerpt", s.excerpt());
        ArrayNode signals = node.putArray("signals");
        s.signals().forEach(signal -> {
            ObjectNode one = signals.addObject().put("kind", signal.kind().name());
            signal.word().ifPresent(word -> one.put("word", word));
        });
        node.put("state", s.state().name());
        s.decidedBy().ifPresent(by -> node.put("decidedBy", by));
        s.decidedAt().ifPresent(at -> Json.put(node, "decidedAt", at, zone));
        s.reason().ifPresent(reason -> node.put("reason", reason));
        s.complaint().ifPresent(complaint -> node.put("complaint", Integer.toString(complaint)));
        return node;
    }
}
