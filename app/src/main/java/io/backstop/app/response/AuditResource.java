package io.backstop.app.response;

import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.Fields;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.PromiseOutcome;
import io.backstop.app.rest.Json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.staff.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The audit trail of reassignments and the list of breaches, for the head and administrators; the promises holding
 * replies made, for the staff as each may see them.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final Access access;
    private final ResponseViews views;
    private final SettingsService settings;

    @Inject
    public AuditResource(Access access, ResponseViews views, SettingsService settings) {
        this.access = access;
        this.views = views;
        this.settings = settings;
    }

    /** Reassignments with {@code from <= at < to}, in the order they happened. */
    @GET
    @Path("audit")
    public Response audit(@QueryParam("from") String from, @QueryParam("to") String to) {
        access.oneOf("the head", Role.HEAD);
        ZoneId zone = settings.current().calendar().zone();
        ArrayNode list = Json.MAPPER.createArrayNode();
        views.audit(start(from), end(to)).forEach(event -> list.add(named(ClockJson.audit(event, zone))));
        return Json.ok(list);
    }

    /** Breaches detected with {@code from <= detectedAt < to}. */
    @GET
    @Path("breaches")
    public Response breaches(@QueryParam("from") String from, @QueryParam("to") String to) {
        access.oneOf("the head", Role.HEAD);
        ZoneId zone = settings.current().calendar().zone();
        ArrayNode list = Json.MAPPER.createArrayNode();
        views.breaches(start(from), end(to)).forEach(event -> list.add(ClockJson.breach(event, zone)));
        return Json.ok(list);
    }

    /**
     * Promises made with {@code from <= madeAt < to}, in the order made (rule 11), optionally of one
     * {@code outcome}. The head and administrators see all; the operator those on issues they may browse; a manager
     * their own.
     */
    @GET
    @Path("promises")
    public Response promises(@QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("outcome") String outcome) {
        Caller caller = access.staff();
        PromiseOutcome wanted = outcome == null || outcome.isBlank() ? null
                : Fields.oneOf(PromiseOutcome.class, outcome, "outcome");
        boolean seesAll = caller.admin() || caller.is(Role.HEAD);
        boolean seesOthers = seesAll || caller.is(Role.OPERATOR);
        ZoneId zone = settings.current().calendar().zone();
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (Promise promise : views.promises(start(from), end(to))) {
            if ((wanted == null || promise.outcome() == wanted)
                    && (seesOthers || promise.by().equals(caller.name()))
                    && (seesAll || access.canBrowse(caller, promise.issue()))) {
                list.add(ClockJson.promise(promise, zone));
            }
        }
        return Json.ok(list);
    }

    /** Display names next to the logins the audit names (issue 18): who moved it, from whom, to whom. */
    private ObjectNode named(ObjectNode node) {
        for (String field : new String[] {"from", "to", "by"}) {
            String login = node.path(field).textValue();
            if (login != null) {
                node.put(field + "Name", access.displayName(login));
            }
        }
        return node;
    }

    private static Instant start(String from) {
        return Json.instantParam(from, "from", Instant.EPOCH);
    }

    private static Instant end(String to) {
        return Json.instantParam(to, "to", END_OF_TIME);
    }
}
