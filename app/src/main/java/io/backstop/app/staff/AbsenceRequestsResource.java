package io.backstop.app.staff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Absence requests ("leaving at 15:00 for driving school", a vacation longer than one may record oneself): anyone on
 * the staff asks, the head or an administrator approves or refuses (after looking at what approving would do:
 * {@code GET {id}/conflicts}), and whoever asked may withdraw one still waiting. Nothing is deleted by these calls: a
 * refused or withdrawn request stays, with who settled it and when.
 */
@Path("absences/requests")
@Produces(MediaType.APPLICATION_JSON)
public class AbsenceRequestsResource {

    private final Access access;
    private final StaffDesk staff;
    private final SettingsService settings;
    private final Clock clock;

    @Inject
    public AbsenceRequestsResource(Access access, StaffDesk staff, SettingsService settings, Clock clock) {
        this.access = access;
        this.staff = staff;
        this.settings = settings;
        this.clock = clock;
    }

    /** Requests, newest first: everyone's for the keepers, otherwise the caller's own. */
    @GET
    public Response requests() {
        Caller caller = access.staff();
        List<StoredAbsence> requests = staff.requests(AbsencesResource.keepsAll(caller) ? Optional.empty()
                : Optional.of(caller.name()));
        ZoneId zone = zone();
        Instant now = clock.instant();
        ArrayNode list = Json.MAPPER.createArrayNode();
        // issue 18: as the absences list shows them (display names, whole days as inclusive dates)
        requests.forEach(r -> list.add(AbsenceJson.listed(r, zone, now, access::displayName)));
        return Json.ok(list);
    }

    /**
     * {@code {person?, from, to, kind?, reason?}}: asks for an absence; {@code person} defaults to the caller, and
     * only the head or an administrator asks on someone else's behalf. {@code kind} defaults to TIME_OFF.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(String body) {
        Caller caller = access.staff();
        ObjectNode request = Json.object(body);
        String person = AbsencesResource.text(request, "person");
        if (person == null) {
            person = caller.name();
        }
        if (!decides(caller) && !person.equals(caller.name())) {
            throw ApiError.forbidden(Problem.of("error.staff.youRequestOnly"));
        }
        Instant from = AbsencesResource.instant(request, "from");
        if (from == null) {
            throw ApiError.badInput("from", Problem.of("error.input.required"));
        }
        Instant to = AbsencesResource.instant(request, "to");
        if (to == null) {
            throw ApiError.badInput("to", Problem.of("error.input.required"));
        }
        String kindText = AbsencesResource.text(request, "kind");
        AbsenceKind kind = kindText == null ? AbsenceKind.TIME_OFF : Fields.oneOf(AbsenceKind.class, kindText, "kind");
        String reason = AbsencesResource.text(request, "reason");
        if (reason != null && reason.length() > 200) {
            throw ApiError.badInput("reason", Problem.of("error.staff.mostCharacters"));
        }
        StoredAbsence stored = staff.request(person, from, to, kind, reason, caller.name(), clock.instant());
        return Json.created(AbsenceJson.absence(stored, zone()));
    }

    @POST
    @Path("{id}/approve")
    public Response approve(@PathParam("id") String idText) {
        return decide(idText, true);
    }

    @POST
    @Path("{id}/refuse")
    public Response refuse(@PathParam("id") String idText) {
        return decide(idText, false);
    }

    private Response decide(String idText, boolean approve) {
        Caller caller = access.oneOf("the head", Role.HEAD);
        int id = AbsencesResource.id(idText);
        // a request decided meanwhile is an AlreadyDecided: 409 naming the state found (ApiErrorMapper)
        StoredAbsence decided = staff.decide(id, approve, caller.name(), clock.instant())
                .orElseThrow(() -> ApiError.notFound("id", Problem.of("error.staff.absenceRequest", id)));
        return Json.ok(AbsenceJson.absence(decided, zone()));
    }

    /**
     * Takes back a request still waiting: only whoever asked for it (the person it is for, or who asked on their
     * behalf); 409 once it is decided or withdrawn. It stays in the list as {@code WITHDRAWN}.
     */
    @POST
    @Path("{id}/withdraw")
    public Response withdraw(@PathParam("id") String idText) {
        Caller caller = access.staff();
        int id = AbsencesResource.id(idText);
        StoredAbsence found = staff.absence(id).filter(StaffDesk::isRequest)
                .orElseThrow(() -> ApiError.notFound("id", Problem.of("error.staff.absenceRequest", id)));
        if (!found.absence().person().equals(caller.name()) && !caller.name().equals(found.createdBy())) {
            throw ApiError.forbidden(Problem.of("error.staff.onlyWhoeverAsked"));
        }
        StoredAbsence withdrawn = staff.withdraw(id, caller.name(), clock.instant())
                .orElseThrow(() -> ApiError.notFound("id", Problem.of("error.staff.absenceRequest", id)));
        return Json.ok(AbsenceJson.absence(withdrawn, zone()));
    }

    /**
     * What approving the request would do (for whoever decides): {@code {request, at, away, asked, moves,
     * newMessagesTo}}; {@code away} approved absences of others overlapping it, {@code asked} other requests waiting
     * that overlap it, {@code moves} the issues the person holds awaiting an answer, each with who would take it
     * ({@code to} null: nobody is there, it stays), all at {@code at} (its start, or now once begun; null once over).
     */
    @GET
    @Path("{id}/conflicts")
    public Response conflicts(@PathParam("id") String idText) {
        access.oneOf("the head", Role.HEAD);
        int id = AbsencesResource.id(idText);
        AbsenceConflicts.Conflicts found = staff.conflicts(id, clock.instant())
                .orElseThrow(() -> ApiError.notFound("id", Problem.of("error.staff.absenceRequest", id)));
        ZoneId zone = zone();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.set("request", AbsenceJson.absence(found.request(), zone));
        if (found.at() == null) {
            root.putNull("at");
        } else {
            Json.put(root, "at", found.at(), zone);
        }
        ArrayNode away = root.putArray("away");
        found.away().forEach(absence -> away.add(AbsenceJson.absence(absence, zone)));
        ArrayNode asked = root.putArray("asked");
        found.asked().forEach(absence -> asked.add(AbsenceJson.absence(absence, zone)));
        ArrayNode moves = root.putArray("moves");
        found.moves().forEach(move -> moves.addObject().put("issue", move.issue().issue())
                .put("client", move.issue().client()).put("owner", move.issue().owner())
                .put("to", move.to().orElse(null)));
        root.put("newMessagesTo", found.newMessagesTo().orElse(null));
        return Json.ok(root);
    }

    private static boolean decides(Caller caller) {
        return caller.admin() || caller.is(Role.HEAD);
    }

    private ZoneId zone() {
        return settings.current().calendar().zone();
    }
}
