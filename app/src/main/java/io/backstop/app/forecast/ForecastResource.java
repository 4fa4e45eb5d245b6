package io.backstop.app.forecast;

import io.backstop.app.access.Access;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.staff.Role;
import io.backstop.core.whatif.Change;
import io.backstop.core.whatif.Comparison;
import io.backstop.core.whatif.Outcome;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * The head's planning: the capacity forecast and what-if replays. Only the head and administrators: it reads
 * everybody's pace and absences, which the rest of the staff do not see of each other.
 */
@Path("forecast")
@Produces(MediaType.APPLICATION_JSON)
public class ForecastResource {

    private static final String WHO = "the head";

    private final Access access;
    private final ForecastDesk forecast;
    private final Clock clock;

    @Inject
    public ForecastResource(Access access, ForecastDesk forecast, Clock clock) {
        this.access = access;
        this.forecast = forecast;
        this.clock = clock;
    }

    @GET
    public Response forecast(@QueryParam("weeks") String weeks) {
        access.oneOf(WHO, Role.HEAD);
        int count = 8;
        if (weeks != null && !weeks.isBlank()) {
            try {
                count = Integer.parseInt(weeks.trim());
            } catch (NumberFormatException e) {
                throw ApiError.badInput("weeks", "must be a whole number of weeks, 1 to " + DemandDesk.MAX_WEEKS);
            }
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), forecast.zone());
        return Json.ok(WeeksAheadJson.of(forecast.forecast(today, count)));
    }

    /**
     * Body: {@code from}, {@code to} (dates, the last 30 days by default) and {@code change}: {@code threshold}
     * with {@code respondWithin} (and optional {@code queueAfter}), {@code operator} with {@code person}, or
     * {@code manager} with an optional {@code name}.
     */
    @POST
    @Path("what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response whatIf(String body) {
        access.oneOf(WHO, Role.HEAD);
        JsonNode request = Json.object(body);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, forecast.zone());
        LocalDate to = Fields.date(request, "to").orElse(today);
        LocalDate from = Fields.date(request, "from").orElse(to.minusDays(29));
        String kind = Fields.text(request, "change")
                .orElseThrow(() -> ApiError.badInput("change", "is required: threshold, operator or manager"));
        Change change = switch (kind) {
            case "threshold" -> new Change.Threshold(Fields.duration(request, "respondWithin")
                    .orElseThrow(() -> ApiError.badInput("respondWithin", "is required, e.g. PT4H")),
                    Fields.duration(request, "queueAfter"));
            case "operator" -> new Change.Operator(Fields.text(request, "person")
                    .orElseThrow(() -> ApiError.badInput("person", "is required: who would be the operator")));
            case "manager" -> new Change.ExtraManager(Fields.text(request, "name").orElse("new manager"));
            default -> throw ApiError.badInput("change", "must be threshold, operator or manager, got \"" + kind + "\"");
        };
        Comparison c = forecast.whatIf(from, to, change, now);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("from", from.toString());
        root.put("to", to.toString());
        root.put("change", kind);
        root.put("movedIssues", c.movedIssues());
        outcome(root.putObject("actual"), c.actual());
        outcome(root.putObject("changed"), c.changed());
        return Json.ok(root);
    }

    private static void outcome(ObjectNode node, Outcome o) {
        node.put("breaches", o.breaches());
        node.put("replies", o.replies());
        seconds(node, "medianWaitSeconds", o.medianWaitSeconds());
        seconds(node, "p90WaitSeconds", o.p90WaitSeconds());
        node.put("reassignmentsTotal", o.reassignmentCount());
        ObjectNode moves = node.putObject("reassignments");
        for (ReassignReason reason : ReassignReason.values()) {
            moves.put(reason.name(), o.reassignments().getOrDefault(reason, 0));
        }
        node.put("stillWaiting", o.stillWaiting());
    }

    private static void seconds(ObjectNode node, String field, OptionalLong value) {
        if (value.isPresent()) {
            node.put(field, value.getAsLong());
        } else {
            node.putNull(field);
        }
    }
}
