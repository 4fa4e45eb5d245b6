package io.backstop.app.results.scorecard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.Json;
import io.backstop.app.results.common.ResultsParams;
import io.backstop.core.scorecard.Component;
import io.backstop.core.scorecard.Score;
import io.backstop.core.staff.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;

/** The scorecard and the replies on time under {@code results/}: the head sees everybody's, the rest their own. */
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    private static final Role[] SEE_ALL = {Role.HEAD, Role.DIRECTOR};

    private final Access access;
    private final ScorecardDesk scorecardDesk;
    private final Clock clock;
    private final ResultsParams params;

    @Inject
    public ScorecardResource(Access access, ScorecardDesk scorecardDesk, Clock clock) {
        this.access = access;
        this.scorecardDesk = scorecardDesk;
        this.clock = clock;
        this.params = new ResultsParams(clock, scorecardDesk::zone);
    }

    @GET
    @Path("scorecard")
    public Response scorecard(@QueryParam("month") String month, @QueryParam("person") String person) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        YearMonth which = params.month(month);
        ObjectNode root = Json.MAPPER.createObjectNode().put("month", which.toString());
        ArrayNode list = root.putArray("people");
        for (Score s : scorecardDesk.scorecard(which, who)) {
            ObjectNode node = list.addObject().put("person", s.person()).put("total", Json.round(s.total()));
            ObjectNode components = node.putObject("components");
            for (Component c : Component.values()) {
                components.putObject(c.name().toLowerCase(Locale.ROOT)).put("score", Json.round(s.of(c)))
                        .put("weight", s.weights().of(c)).put("weighted", Json.round(s.weighted(c)));
            }
        }
        return Json.ok(root);
    }

    /**
     * Per person, the response figures of the period (docs/sla.md, "For a department head"): breaches against
     * whoever held the issue, promises against whoever made them, rescue speed for whoever took breached issues
     * over; and {@code brokenPromises}, each with how often it was moved first. A person sees their own.
     */
    @GET
    @Path("sla")
    public Response sla(@QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("person") String person) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        LocalDate[] period = params.period(from, to);
        Instant[] instants = params.instants(period);
        SlaReport report = scorecardDesk.sla(instants[0], instants[1], clock.instant(), who);
        ObjectNode root = ResultsParams.periodNode(period);
        ArrayNode list = root.putArray("people");
        report.people().forEach(p -> SlaJson.person(list.addObject(), p));
        ArrayNode broken = root.putArray("brokenPromises");
        report.broken().forEach(chain -> SlaJson.broken(broken.addObject(), chain, scorecardDesk.zone()));
        return Json.ok(root);
    }
}
