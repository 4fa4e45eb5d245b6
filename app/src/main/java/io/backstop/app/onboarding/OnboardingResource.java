package io.backstop.app.onboarding;

import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.onboarding.LearningStep;
import io.backstop.core.onboarding.NewcomerProgress;
import io.backstop.core.onboarding.ServiceMonth;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The onboarding plan. The learning order is for everyone on the staff (newcomers read it); newcomers' progress is
 * the head's and administrators' to see, and each newcomer sees their own.
 */
@Path("onboarding")
@Produces(MediaType.APPLICATION_JSON)
public class OnboardingResource {

    private static final Role[] SEE_ALL = {Role.HEAD, Role.DIRECTOR};

    private final Access access;
    private final OnboardingDesk onboarding;
    private final SettingsService settings;
    private final Clock clock;

    @Inject
    public OnboardingResource(Access access, OnboardingDesk onboarding, SettingsService settings, Clock clock) {
        this.access = access;
        this.onboarding = onboarding;
        this.settings = settings;
        this.clock = clock;
    }

    /** The operations in the order to learn them, with their instructions; {@code asOf} a date, today by default. */
    @GET
    @Path("plan")
    public Response plan(@QueryParam("asOf") String asOf) {
        access.staff();
        OnboardingDesk.Plan plan = onboarding.plan(day(asOf));
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("from", plan.from().toString()).put("to", plan.to().toString());
        ArrayNode steps = root.putArray("operations");
        for (LearningStep s : plan.order()) {
            ObjectNode node = steps.addObject().put("rank", s.rank()).put("code", s.operation().code())
                    .put("name", s.operation().name()).put("minutes", s.operation().standardMinutes())
                    .put("timesDone", s.timesDone()).put("normHours", Json.round(s.normHours()));
            node.put("instruction", s.operation().instruction().orElse(null));
        }
        return Json.ok(root);
    }

    /** Newcomers (hired, not yet in the experienced band) and how they are getting on. */
    @GET
    @Path("newcomers")
    public Response newcomers(@QueryParam("asOf") String asOf, @QueryParam("person") String person) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        List<NewcomerProgress> list = onboarding.newcomers(day(asOf), who);
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode people = root.putArray("newcomers");
        for (NewcomerProgress p : list) {
            ObjectNode node = people.addObject().put("person", p.person()).put("hired", p.hired().toString())
                    .put("monthOfService", p.monthOfService()).put("operationsLearnt", p.operationsLearnt())
                    .put("operations", p.doneByOperation().size())
                    .put("targetHoursPerNormHour", Json.round(p.targetHoursPerNormHour()));
            ObjectNode done = node.putObject("done");
            p.doneByOperation().forEach(done::put);
            ArrayNode months = node.putArray("months");
            for (ServiceMonth m : p.months()) {
                ObjectNode month = months.addObject().put("monthOfService", m.monthOfService())
                        .put("from", m.from().toString()).put("to", m.to().toString())
                        .put("presentHours", Json.round(m.presentHours()))
                        .put("earnedNormHours", Json.round(m.earnedNormHours()))
                        .put("expectedHoursPerNormHour", Json.round(m.expectedHoursPerNormHour()));
                OptionalDouble h = m.hoursPerNormHour();
                if (h.isPresent()) {
                    month.put("hoursPerNormHour", Json.round(h.getAsDouble()));
                } else {
                    month.putNull("hoursPerNormHour");
                }
            }
        }
        return Json.ok(root);
    }

    private LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(clock.withZone(settings.current().calendar().zone()));
        }
        try {
            LocalDate day = LocalDate.parse(value.trim());
            if (day.getYear() < 2000 || day.getYear() > 2100) {
                throw ApiError.badInput("asOf", Problem.of("error.input.expectedYearBetween"));
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ApiError.badInput("asOf", Problem.of("error.onboarding.expectedDate"));
        }
    }
}
