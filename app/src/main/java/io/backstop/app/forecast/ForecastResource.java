package io.backstop.app.forecast;

import io.backstop.app.access.Access;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.core.calendar.HumanDuration;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Problem;
import io.backstop.core.whatif.Change;
import io.backstop.core.whatif.Comparison;
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

/**
 * The head's planning: the capacity forecast and what-if replays. Only the head and administrators: it reads
 * everybody's pace and absences, which the rest of the staff do not see of each other.
 */
@Path("forecast")
@Produces(MediaType.APPLICATION_JSON)
public class ForecastResource {

    private static final String WHO = "the head";
    private static final String DEFAULT_MANAGER = "new manager";
    private static final String DEFAULT_STAND_IN = "stand-in";

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
                throw ApiError.badInput("weeks", Problem.of("error.forecast.wholeNumberWeeks", DemandDesk.MAX_WEEKS));
            }
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), forecast.zone());
        return Json.ok(WeeksAheadJson.of(forecast.forecast(today, count)));
    }

    /**
     * The forecast tried on past weeks ({@code ?weeks=12}, 1 to 52): each week's forecast made as of its Monday, what
     * came, the same week last year and the four weeks before; and each method's error (docs/forecast.md).
     */
    @GET
    @Path("backtest")
    public Response backtest(@QueryParam("weeks") String weeks) {
        access.oneOf(WHO, Role.HEAD);
        int count = 12;
        if (weeks != null && !weeks.isBlank()) {
            try {
                count = Integer.parseInt(weeks.trim());
            } catch (NumberFormatException e) {
                throw ApiError.badInput("weeks", Problem.of("error.forecast.wholeNumberWeeks",
                        DemandDesk.MAX_BACKTEST_WEEKS));
            }
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), forecast.zone());
        return Json.ok(BacktestJson.of(forecast.demand().backtest(today, count)));
    }

    /**
     * Body: {@code from}, {@code to} (dates, the last 30 days by default), {@code change} and its fields; the answer:
     * {@code docs/whatif.md} ({@link WhatIfAnswer}).
     */
    @POST
    @Path("what-if")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response whatIf(String body) {
        access.oneOf(WHO, Role.HEAD);
        JsonNode request = Json.object(body);
        Instant now = clock.instant();
        LocalDate to = Fields.date(request, "to").orElse(LocalDate.ofInstant(now, forecast.zone()));
        LocalDate from = Fields.date(request, "from").orElse(to.minusDays(29));
        Change change = change(request);
        Comparison c = forecast.whatIfs().whatIf(from, to, change, now);
        return Json.ok(WhatIfAnswer.answer(from, to, kind(request), c, forecast.zone()));
    }

    /** The change a what-if asks for: {@code change} and its fields; a 400 names the field. */
    private Change change(JsonNode request) {
        HumanDuration days = HumanDuration.of(forecast.calendar()); // "1d" is the department's working day
        String kind = kind(request);
        return switch (kind) {
            case "threshold" -> new Change.Threshold(Fields.duration(request, "respondWithin", days)
                    .orElseThrow(() -> ApiError.badInput("respondWithin", Problem.of("error.forecast.requiredEG"))),
                    Fields.duration(request, "queueAfter", days));
            case "operator" -> new Change.Operator(Fields.text(request, "person")
                    .orElseThrow(() -> ApiError.badInput("person", Problem.of("error.forecast.requiredWhoWould"))),
                    Fields.duration(request, "queueAfter", days));
            case "standIn", "manager" -> {
                String name = Fields.text(request, "name").orElse(kind.equals("standIn") ? DEFAULT_STAND_IN
                        : DEFAULT_MANAGER);
                long seed = Fields.whole(request, "seed").orElse(Change.DEFAULT_SEED);
                yield kind.equals("standIn") ? new Change.StandIn(name, seed) : new Change.ExtraManager(name, seed);
            }
            default -> throw ApiError.badInput("change",
                    Problem.of("error.forecast.thresholdOperatorStandin", kind));
        };
    }

    private static String kind(JsonNode request) {
        return Fields.text(request, "change")
                .orElseThrow(() -> ApiError.badInput("change", Problem.of("error.forecast.requiredThresholdOperator")));
    }
}
