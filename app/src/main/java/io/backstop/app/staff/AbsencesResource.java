package io.backstop.app.staff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.OwnAbsence;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Absences. The head, the office manager and administrators keep everyone's; a manager or the operator sees and
 * records their own ("sick today"). Recorded absences are approved as they are. A request ("leaving at 15:00 for
 * driving school") waits for the head or an administrator to approve or refuse it, and only then takes work away.
 * Busy time ({@code kind: BUSY}, rule 12: "I'm busy until 15:30") anyone on the staff marks for themselves, at most
 * one working day ahead, with no approval; it is no absence in reports, norms or capacity. Requests:
 * {@link AbsenceRequestsResource}.
 */
@Path("absences")
@Produces(MediaType.APPLICATION_JSON)
public class AbsencesResource {

    /** Who keep everyone's absences besides administrators: they see all and record anyone's. */
    private static final Role[] KEEPERS = {Role.HEAD, Role.OFFICE_MANAGER};

    private final Access access;
    private final StaffDesk staff;
    private final SettingsService settings;
    private final Clock clock;

    @Inject
    public AbsencesResource(Access access, StaffDesk staff, SettingsService settings, Clock clock) {
        this.access = access;
        this.staff = staff;
        this.settings = settings;
        this.clock = clock;
    }

    @GET
    public Response list() {
        Caller caller = access.staff();
        List<StoredAbsence> absences = keepsAll(caller) ? staff.absences() : staff.absencesOf(caller.name());
        ZoneId zone = zone();
        Instant now = clock.instant();
        ArrayNode list = Json.MAPPER.createArrayNode();
        absences.forEach(absence -> list.add(AbsenceJson.listed(absence, zone, now, access::displayName)));
        return Json.ok(list);
    }

    /**
     * {@code {person, from?, to?, until?, kind?}}: {@code from} defaults to now; without {@code to}, the absence
     * lasts to the end of {@code until} (a date) or of today. Busy time ({@code kind: BUSY}): see {@link #busy}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(String body) {
        Caller caller = access.staff();
        ObjectNode request = Json.object(body);
        if (kind(request) == AbsenceKind.BUSY) {
            return busy(caller, request);
        }
        String person = text(request, "person");
        if (person == null) {
            throw ApiError.badInput("person", Problem.of("error.input.required"));
        }
        if (!keepsAll(caller) && !person.equals(caller.name())) {
            throw ApiError.forbidden(Problem.of("error.staff.youRecordOnly"));
        }
        Instant now = clock.instant();
        AbsenceKind kind = kind(request);
        Instant from = instant(request, "from");
        Instant to = instant(request, "to");
        LocalDate until = date(request, "until");
        if (kind == AbsenceKind.SICK && from == null && to == null) {
            return Json.created(AbsenceJson.absence(staff.sickUntil(person, until, caller.name(), now), zone()));
        }
        if (to != null && until != null) {
            throw ApiError.badInput("until", Problem.of("error.staff.giveEitherUntil"));
        }
        Instant start = from == null ? now : from;
        Instant end = to != null ? to : endOf(until, start.isAfter(now) ? start : now);
        if (to == null && end.isBefore(start)) {
            // Only a given until can end the absence before it starts: name until, the field the caller sent.
            throw ApiError.badInput("until", Problem.of("error.staff.beforeDayAbsence"));
        }
        DepartmentSettings department = settings.current();
        if (!keepsAll(caller) && end.isAfter(now) && OwnAbsence.waitsForTheHead(department.calendar(),
                start.isAfter(now) ? start : now, end, kind, department.ownAbsenceDays(),
                staff.absencesOf(person).stream().map(StoredAbsence::absence).toList())) {
            // longer than one may record for oneself: it waits for the head, answered as the request it became
            StoredAbsence asked = staff.request(person, start, end, kind, "recorded by " + caller.name(),
                    caller.name(), now);
            return Response.status(202).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(AbsenceJson.absence(asked, zone()).toString()).build();
        }
        return Json.created(AbsenceJson.absence(staff.add(person, start, end, kind, caller.name(), now), zone()));
    }

    /**
     * {@code {person?, from?, to, kind: BUSY}}: the caller (the keepers: anyone) is busy from {@code from} (now by
     * default; not in the past) to {@code to}, at most one working day ahead. 201 with new busy time; 200 with the
     * busy time it joined (overlapping or touching busy time not ended yet grows to cover both).
     */
    private Response busy(Caller caller, ObjectNode request) {
        String person = Optional.ofNullable(text(request, "person")).orElse(caller.name());
        if (!keepsAll(caller) && !person.equals(caller.name())) {
            throw ApiError.forbidden(Problem.of("error.staff.youMarkOnly"));
        }
        if (request.hasNonNull("until")) {
            throw ApiError.badInput("until", Problem.of("error.staff.busyTimeEnds"));
        }
        StaffDesk.Marked marked = staff.busy(person, instant(request, "from"), instant(request, "to"), caller.name(),
                clock.instant());
        ObjectNode node = AbsenceJson.absence(marked.busy(), zone());
        return marked.created() ? Json.created(node) : Json.ok(node);
    }

    /**
     * The caller's busy time: {@code {person, now, busy, coveredBy, latestEnd, endOfToday}}; {@code busy} the busy
     * time in force or next (null when none), {@code coveredBy} who takes the caller's new messages during it.
     */
    @GET
    @Path("busy")
    public Response busyNow() {
        Caller caller = access.staff();
        Instant now = clock.instant();
        StaffDesk.BusyNow state = staff.busyNow(caller.name(), now);
        ZoneId zone = zone();
        ObjectNode node = Json.MAPPER.createObjectNode().put("person", caller.name());
        Json.put(node, "now", now, zone);
        if (state.busy().isPresent()) {
            node.set("busy", AbsenceJson.absence(state.busy().get(), zone));
        } else {
            node.putNull("busy");
        }
        node.put("coveredBy", state.coveredBy().orElse(null));
        Json.put(node, "latestEnd", state.latestEnd(), zone);
        Json.put(node, "endOfToday", state.endOfToday().orElse(null), zone);
        return Json.ok(node);
    }

    static int id(String idText) {
        try {
            return Integer.parseInt(idText);
        } catch (NumberFormatException e) {
            throw ApiError.badInput("id", Problem.of("error.input.number"));
        }
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String idText) {
        Caller caller = access.staff();
        int id = id(idText);
        StoredAbsence absence = staff.absence(id)
                .orElseThrow(() -> ApiError.notFound("id", Problem.of("error.staff.absence", id)));
        if (!keepsAll(caller) && !absence.absence().person().equals(caller.name())) {
            throw ApiError.forbidden(Problem.of("error.staff.youRemoveOnly"));
        }
        if (!staff.remove(id, clock.instant())) {
            throw ApiError.notFound("id", Problem.of("error.staff.absence", id)); // removed by another call meanwhile
        }
        return Response.noContent().build();
    }

    static boolean keepsAll(Caller caller) {
        return caller.admin() || caller.isAnyOf(KEEPERS);
    }

    private ZoneId zone() {
        return settings.current().calendar().zone();
    }

    private Instant endOf(LocalDate until, Instant from) {
        ZoneId zone = zone();
        LocalDate last = until == null ? from.atZone(zone).toLocalDate() : until;
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    static String text(JsonNode request, String field) {
        return Fields.text(request, field).orElse(null);
    }

    static Instant instant(JsonNode request, String field) {
        return Fields.instant(request, field).orElse(null);
    }

    private static LocalDate date(JsonNode request, String field) {
        return Fields.date(request, field).orElse(null);
    }

    private static AbsenceKind kind(JsonNode request) {
        String value = text(request, "kind");
        if (value == null) {
            return AbsenceKind.VACATION;
        }
        return Fields.oneOf(AbsenceKind.class, value, "kind");
    }
}
