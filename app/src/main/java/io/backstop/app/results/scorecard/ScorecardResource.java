package io.backstop.app.results.scorecard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.Json;
import io.backstop.app.results.common.ResultsParams;
import io.backstop.core.scorecard.ScoreRules;
import io.backstop.core.scorecard.Scorecard;
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
import java.util.Optional;

/**
 * The scorecard and the replies on time under {@code results/}: the head sees everybody's (and her own, the
 * department's), the rest their own. A month in progress is scored month to date, its targets prorated
 * ({@code share}, {@code partial}); each component carries its formula and figures in English and Russian.
 */
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
        ScorecardDesk.Scorecards cards = scorecardDesk.scorecard(which, who, clock.instant());
        ScoreRules rules = scorecardDesk.settings().scoring();
        ObjectNode root = Json.MAPPER.createObjectNode().put("month", which.toString())
                .put("share", Math.round(cards.share() * 1000) / 1000.0).put("partial", cards.partial());
        ArrayNode list = root.putArray("people");
        for (ScorecardDesk.PersonScore p : cards.people()) {
            ScoreJson.person(list.addObject(), p, rules,
                    new Scorecard(p.score().weights(), rules).maxTotal());
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
