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
import io.backstop.core.complaint.Complaint;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.complaint.ComplaintSource;
import io.backstop.core.complaint.Ranks;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Complaints under {@code results/}: anyone on the staff flags one (about the client's manager unless the head or
 * the director names someone else); the head unflags or closes one about the staff, the director one about the
 * head, each with a reason; the director, the head and administrators read the log of those reasons. Every
 * complaint it answers says what the caller may do to it now ({@code actions}), so a screen offers only that.
 */
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

    /** Whose complaints they see: everybody's; the rest of the staff those about themselves. */
    private static final Role[] SEE_ALL = {Role.HEAD, Role.DIRECTOR};
    /** Who reads the director's log (besides administrators). */
    private static final Role[] READ_LOG = {Role.HEAD, Role.DIRECTOR};
    /** The longest reason kept: a paragraph, as a comment. */
    static final int MAX_REASON = Fields.MAX_COMMENT;

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

    /**
     * {@code {from, to, lane, counts, needsDirector}}, and with {@code include=unflagged} the director's
     * {@code log}: every unflag and close of the period with its reason, and every dismissed suspicion.
     * {@code needsDirector} lists the open complaints about the head while no director is configured, to
     * administrators and the head (empty for anyone else).
     */
    @GET
    @Path("complaints")
    public Response complaints(@QueryParam("from") String from, @QueryParam("to") String to,
                               @QueryParam("person") String person, @QueryParam("include") String include) {
        Caller caller = access.staff();
        boolean withLog = include(include);
        if (withLog && !caller.admin() && !caller.isAnyOf(READ_LOG)) {
            throw ApiError.forbidden(Problem.of("error.complaints.onlyDirectorHead"));
        }
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        LocalDate[] period = params.period(from, to);
        Instant[] instants = params.instants(period);
        ComplaintsDesk.Complaints complaints = complaintsDesk.complaints(instants[0], instants[1], who);
        Function<Complaint, List<ComplaintAction>> may = mayDo(caller);
        ZoneId zone = complaintsDesk.zone();
        ObjectNode root = ResultsParams.periodNode(period);
        ArrayNode lane = root.putArray("lane");
        complaints.lane().forEach(c -> lane.add(ComplaintJson.complaint(c, zone, may.apply(c))));
        ObjectNode counts = root.putObject("counts");
        complaints.counts().forEach(counts::put);
        ArrayNode waiting = root.putArray("needsDirector");
        if (caller.admin() || caller.is(Role.HEAD)) {
            complaints.needsDirector().forEach(c -> waiting.add(ComplaintJson.complaint(c, zone, may.apply(c))));
        }
        if (withLog) {
            ArrayNode log = root.putArray("log");
            complaintsDesk.log(instants[0], instants[1], who)
                    .forEach(line -> log.add(ComplaintJson.logEntry(line, zone, may)));
        }
        return Json.ok(root);
    }

    private static boolean include(String include) {
        if (include == null || include.isBlank()) {
            return false;
        }
        if (!"unflagged".equals(include.trim())) {
            throw ApiError.badInput("include", Problem.of("error.complaints.expectedUnflagged"));
        }
        return true;
    }

    /**
     * {@code {issue, client?, comment?, about?, at?}}: anyone on the staff flags a complaint on an issue they may
     * see. {@code client} and {@code about} default to the issue's client and that client's manager; naming anyone
     * else as {@code about} is the head's or the director's (403 for the rest).
     */
    @POST
    @Path("complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response flagComplaint(String body) {
        Caller caller = access.staff();
        ObjectNode request = Json.object(body);
        String issue = Fields.issueKey(request, "issue");
        Flag flag = new Flag(issue, Fields.text(request, "client"), Fields.text(request, "comment", Fields.MAX_COMMENT),
                Fields.text(request, "about"), ComplaintSource.MANUAL);
        Instant at = Fields.instant(request, "at").orElse(clock.instant());
        if (!caller.admin() && !access.canBrowse(caller, issue)) {
            throw ApiError.notFound("issue", Problem.of("error.input.issueYouSee", issue));
        }
        StoredComplaint stored = refusedAs403(() -> complaintsDesk.flag(flag, caller.name(), at));
        return Json.created(ComplaintJson.complaint(stored.complaint(), complaintsDesk.zone(),
                mayDo(caller).apply(stored.complaint())));
    }

    /**
     * {@code {action: UNFLAG | CLOSE | REOPEN, reason}}: {@code reason} is required to unflag or close. The head acts
     * on complaints about the staff, the director on those about the head; never the one it is about (403).
     */
    @POST
    @Path("complaints/{id}/action")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response actOnComplaint(@PathParam("id") String idText, String body) {
        Caller caller = access.staff();
        int id = ResultsParams.id(idText);
        complaintsDesk.complaint(id).orElseThrow(() -> ApiError.notFound("id", Problem.of("error.complaints.complaint",
                id)));
        ObjectNode request = Json.object(body);
        ComplaintAction action = Fields.oneOf(ComplaintAction.class, ResultsParams.required(request, "action"),
                "action");
        if (action == ComplaintAction.FLAG) {
            throw ApiError.badInput("action", Problem.of("error.complaints.expectedUnflagClose"));
        }
        Optional<String> reason = Fields.text(request, "reason", MAX_REASON);
        StoredComplaint acted = refusedAs403(() -> complaintsDesk.actOnComplaint(id, caller.name(), action, reason,
                clock.instant()));
        return Json.ok(ComplaintJson.complaint(acted.complaint(), complaintsDesk.zone(),
                mayDo(caller).apply(acted.complaint())));
    }

    /** What the caller may do to a complaint now, as the department's people stand at this request. */
    private Function<Complaint, List<ComplaintAction>> mayDo(Caller caller) {
        Ranks ranks = complaintsDesk.ranks();
        return c -> complaintsDesk.actionsFor(c, caller.name(), ranks);
    }

    private static StoredComplaint refusedAs403(Supplier<StoredComplaint> work) {
        try {
            return work.get();
        } catch (Refused refused) {
            throw ApiError.forbidden(refused.problem());
        }
    }

    /** A complaint as the client digest shows it (times in UTC, as the rest of the digest). */
    public static ObjectNode complaint(Complaint c) {
        return ComplaintJson.complaint(c, ZoneOffset.UTC);
    }
}
