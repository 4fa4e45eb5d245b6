package io.backstop.sandbox.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.calendar.HumanDuration;
import io.backstop.app.json.ScenarioJson;
import io.backstop.app.access.Access;
import io.backstop.app.rest.ApiError;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.validation.Problem;
import io.backstop.sandbox.services.SandboxTime;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The sandbox clock: {@code GET} tells the time; {@code POST {advance: "5m"} | {to: instant} | {settle: true}}
 * moves a manual clock (never backwards) and runs what falls on the way.
 */
@Path("clock")
@Produces(MediaType.APPLICATION_JSON)
public class ClockResource {

    /** The latest instant the manual clock may be moved to. */
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final Access access;
    private final SandboxTime time;
    private final SettingsService settings;

    @Inject
    public ClockResource(Access access, SandboxTime time, SettingsService settings) {
        this.access = access;
        this.time = time;
        this.settings = settings;
    }

    @GET
    public Response now() {
        access.staff();
        return answer();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(String body) {
        access.admin();
        if (!time.isManual()) {
            throw ApiError.conflict("clock", Problem.of("error.sandbox.sandboxRunsSystem"));
        }
        JsonNode request = TrackerResource.object(body);
        int given = (request.has("advance") ? 1 : 0) + (request.has("to") ? 1 : 0) + (request.has("settle") ? 1 : 0);
        if (given != 1) {
            throw ApiError.badInput("(body)", Problem.of("error.sandbox.giveExactlyOne"));
        }
        synchronized (time) {
            if (request.has("advance")) {
                Duration amount = duration(TrackerResource.text(request, "advance", true));
                Instant to;
                try {
                    to = time.instant().plus(amount);
                } catch (DateTimeException | ArithmeticException e) {
                    to = Instant.MAX;
                }
                time.advanceTo(notTooLate(to, "advance"));
            } else if (request.has("to")) {
                Instant to = notTooLate(instant(TrackerResource.text(request, "to", true)), "to");
                if (to.isBefore(time.instant())) {
                    throw ApiError.badInput("to", Problem.of("error.sandbox.clockNeverBackNow",
                            ScenarioJson.format(time.instant(), settings.current().calendar().zone())));
                }
                time.advanceTo(to);
            } else {
                if (!request.get("settle").isBoolean() || !request.get("settle").booleanValue()) {
                    throw ApiError.badInput("settle", Problem.of("error.sandbox.true"));
                }
                time.settle();
            }
        }
        return answer();
    }

    private Response answer() {
        ObjectNode node = TrackerResource.MAPPER.createObjectNode();
        node.put("now", ScenarioJson.format(time.instant(), settings.current().calendar().zone()));
        node.put("manual", time.isManual());
        return Response.ok(node.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * A clock moved past {@link #LATEST} would be stuck there for good: the tick grid counts milliseconds in a
     * long, which overflows some 292 million years on, and the clock never goes back.
     */
    private static Instant notTooLate(Instant to, String field) {
        if (to.isAfter(LATEST)) {
            throw ApiError.badInput(field, Problem.of("error.sandbox.wouldMoveClock"));
        }
        return to;
    }

    /** Clock time as a person types it (5m, 2h 30m, 24h) or ISO-8601; no days, whose length would be a guess. */
    private static Duration duration(String text) {
        Duration amount;
        try {
            amount = HumanDuration.CLOCK.parse(text);
        } catch (HumanDuration.Refused e) {
            throw ApiError.badInput("advance", e.problem());
        }
        if (amount.isNegative()) {
            throw ApiError.badInput("advance", Problem.of("error.sandbox.clockNeverGoes"));
        }
        return amount;
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiError.badInput("to", Problem.of("error.sandbox.expectedInstantOffset"));
        }
    }
}
