package io.backstop.app.results.norms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Csv;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;
import io.backstop.app.results.common.ResultsParams;
import io.backstop.core.hotspot.OperationTime;
import io.backstop.core.norms.Band;
import io.backstop.core.norms.Output;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Norm-hours under {@code results/}: output against the bands, operations recorded, where the time goes. The head
 * and administrators see everybody's rows; everyone else on the staff their own, and records their own operations.
 */
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
public class NormHoursResource {

    private static final Role[] SEE_ALL = {Role.HEAD, Role.DIRECTOR};

    private final Access access;
    private final NormsDesk normsDesk;
    private final Clock clock;
    private final ResultsParams params;

    @Inject
    public NormHoursResource(Access access, NormsDesk normsDesk, Clock clock) {
        this.access = access;
        this.normsDesk = normsDesk;
        this.clock = clock;
        this.params = new ResultsParams(clock, normsDesk::zone);
    }

    @GET
    @Path("norm-hours")
    @Produces({MediaType.APPLICATION_JSON, Csv.TYPE})
    public Response normHours(@QueryParam("from") String from, @QueryParam("to") String to,
                              @QueryParam("person") String person, @QueryParam("format") String format) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        LocalDate[] period = params.period(from, to);
        List<NormsDesk.PersonOutput> people = normsDesk.normHours(period[0], period[1], who);
        Duration fullDay = normsDesk.settings().ramp().fullDay();
        if (ResultsParams.csv(format)) {
            StringBuilder out = new StringBuilder(
                    "person,day,earned_minutes,present_minutes,norm_hours,per_full_day,band_min,band_max,verdict\n");
            for (NormsDesk.PersonOutput p : people) {
                for (NormsDesk.DayOutput d : p.days()) {
                    out.append(Csv.cell(p.person())).append(',').append(d.day()).append(',')
                            .append(d.output().earnedMinutes()).append(',').append(d.output().presentMinutes())
                            .append(',').append(Json.round(d.output().earnedNormHours())).append(',')
                            .append(number(d.output().perFullDay(fullDay))).append(',')
                            .append(Json.round(d.band().min())).append(',').append(Json.round(d.band().max())).append(',')
                            .append(d.verdict().map(Enum::name).orElse("")).append('\n');
                }
            }
            return Csv.ok(out.toString(), "norm-hours-" + period[0] + "-" + period[1] + ".csv");
        }
        ObjectNode root = ResultsParams.periodNode(period);
        ArrayNode list = root.putArray("people");
        for (NormsDesk.PersonOutput p : people) {
            ObjectNode node = list.addObject();
            node.put("person", p.person());
            p.hired().ifPresent(h -> node.put("hired", h.toString()));
            node.put("monthOfService", p.monthOfService());
            band(node.putObject("band"), p.band());
            output(node.putObject("total"), p.total(), fullDay);
            node.put("verdict", p.verdict().map(Enum::name).orElse(null));
            ArrayNode days = node.putArray("days");
            for (NormsDesk.DayOutput d : p.days()) {
                ObjectNode day = days.addObject().put("day", d.day().toString());
                output(day, d.output(), fullDay);
                band(day.putObject("band"), d.band());
                day.put("verdict", d.verdict().map(Enum::name).orElse(null));
            }
        }
        return Json.ok(root);
    }

    /**
     * {@code {person?, day?, operation, count?, issue?, client?}}: an operation done by hand, held to the record
     * ({@link ManualOperations}): person defaults to the caller, day to today; it names an issue the caller may
     * browse (404 otherwise, as every issue endpoint) or a client; with an issue, the client is the issue's own.
     */
    @POST
    @Path("operations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordOperation(String body) {
        Caller caller = access.staff();
        ObjectNode request = Json.object(body);
        String person = Fields.text(request, "person").orElse(caller.name());
        ResultsParams.ownOrHead(caller, person, Problem.of("error.norms.ownOperations"));
        LocalDate day = Fields.date(request, "day").orElse(params.today());
        String operation = Fields.text(request, "operation")
                .orElseThrow(() -> ApiError.badInput("operation", Problem.of("error.input.required")));
        long count = Fields.whole(request, "count").orElse(1L);
        if (count < 1 || count > NormsDesk.MAX_COUNT) {
            throw ApiError.badInput("count", Problem.of("error.norms.from", NormsDesk.MAX_COUNT));
        }
        Optional<ManualOperations.IssueClient> issue = Fields.text(request, "issue").map(key -> {
            ApiError unknown = ApiError.notFound("issue",
                    Problem.of("error.input.issueResponseClock", key));
            if (!access.canBrowse(caller, Fields.issueKey(key, "issue"))) {
                throw unknown;
            }
            return normsDesk.manual().issue(key).orElseThrow(() -> unknown);
        });
        OperationDay row = normsDesk.manual().record(caller.name(), head(caller), new ManualOperations.Request(
                person, day, operation, (int) count, issue, Fields.text(request, "client")), clock.instant());
        ObjectNode answer = Json.MAPPER.createObjectNode().put("person", row.person()).put("day", row.day().toString())
                .put("operation", row.operation()).put("count", row.count()).put("normMinutes", row.normMinutes());
        issue.ifPresent(i -> answer.put("issue", i.issue()));
        return Json.created(answer);
    }

    /**
     * {@code months/{yyyy-MM}}: whether the month is closed, by whom and when, and whether the caller may close or
     * reopen it (the head and administrators).
     */
    @GET
    @Path("months/{month}")
    public Response month(@PathParam("month") String month) {
        Caller caller = access.staff();
        return Json.ok(monthNode(month(month, "month"), caller));
    }

    /** The head closes a month: after this only the head writes operations into it, each write logged. */
    @POST
    @Path("months/{month}/close")
    public Response closeMonth(@PathParam("month") String month) {
        Caller caller = access.oneOf("the head", Role.HEAD);
        YearMonth asked = month(month, "month");
        if (!asked.isBefore(YearMonth.from(params.today().plusMonths(1)))) {
            throw ApiError.badInput("month", Problem.of("error.norms.monthYetBegun"));
        }
        normsDesk.manual().close(asked, caller.name(), clock.instant());
        return Json.ok(monthNode(asked, caller));
    }

    /** The head opens a closed month again; the writes made while it was closed stay in the log. */
    @POST
    @Path("months/{month}/reopen")
    public Response reopenMonth(@PathParam("month") String month) {
        Caller caller = access.oneOf("the head", Role.HEAD);
        YearMonth asked = month(month, "month");
        normsDesk.manual().reopen(asked);
        return Json.ok(monthNode(asked, caller));
    }

    /** {@code months/{yyyy-MM}/late-writes}: the head's writes into the month after it was closed (head, director). */
    @GET
    @Path("months/{month}/late-writes")
    public Response lateWrites(@PathParam("month") String month) {
        access.oneOf("the head and the director", SEE_ALL);
        YearMonth asked = month(month, "month");
        ObjectNode root = Json.MAPPER.createObjectNode().put("month", asked.toString());
        ArrayNode list = root.putArray("writes");
        for (ManualEntry e : normsDesk.manual().afterClose(asked)) {
            ObjectNode row = list.addObject().put("by", e.recordedBy()).put("at", e.recordedAt().toString())
                    .put("person", e.person()).put("day", e.day().toString()).put("operation", e.operation())
                    .put("count", e.count()).put("normMinutes", e.normMinutes());
            e.issue().ifPresent(i -> row.put("issue", i));
            e.client().ifPresent(c -> row.put("client", c));
        }
        return Json.ok(root);
    }

    private ObjectNode monthNode(YearMonth month, Caller caller) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("month", month.toString());
        Optional<MonthClosing> closing = normsDesk.manual().closing(month);
        node.put("closed", closing.isPresent());
        closing.ifPresent(c -> node.put("closedBy", c.by()).put("closedAt", c.at().toString()));
        node.put("mayClose", head(caller));
        return node;
    }

    private static boolean head(Caller caller) {
        return caller.admin() || caller.is(Role.HEAD);
    }

    private static YearMonth month(String text, String field) {
        try {
            YearMonth month = YearMonth.parse(text == null ? "" : text);
            Fields.inRange(month.atDay(1), field);
            return month;
        } catch (DateTimeParseException e) {
            throw ApiError.badInput(field, Problem.of("error.input.expectedMonth"));
        }
    }

    @GET
    @Path("hotspots")
    public Response hotspots(@QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("person") String person) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        LocalDate[] period = params.period(from, to);
        ObjectNode root = ResultsParams.periodNode(period);
        ArrayNode list = root.putArray("operations");
        for (OperationTime t : normsDesk.hotspots(period[0], period[1], who)) {
            list.addObject().put("operation", t.operation()).put("name", t.name()).put("count", t.count())
                    .put("standardMinutes", t.standardMinutes()).put("minutes", t.minutes())
                    .put("normHours", Json.round(t.normHours())).put("share", Json.round(t.share()));
        }
        return Json.ok(root);
    }

    private static void output(ObjectNode node, Output output, Duration fullDay) {
        node.put("earnedMinutes", output.earnedMinutes()).put("presentMinutes", output.presentMinutes())
                .put("normHours", Json.round(output.earnedNormHours()));
        OptionalDouble perDay = output.perFullDay(fullDay);
        if (perDay.isPresent()) {
            node.put("perFullDay", Json.round(perDay.getAsDouble()));
        } else {
            node.putNull("perFullDay");
        }
    }

    private static void band(ObjectNode node, Band band) {
        node.put("min", Json.round(band.min())).put("max", Json.round(band.max()));
    }

    private static String number(OptionalDouble value) {
        return value.isPresent() ? Double.toString(Json.round(value.getAsDouble())) : "";
    }
}
