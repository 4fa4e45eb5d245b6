package io.backstop.app.staff;

import io.backstop.app.access.Access;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Problem;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/** The department's people and who is away now. */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    private final Access access;
    private final StaffDesk staff;
    private final Clock clock;

    @Inject
    public PeopleResource(Access access, StaffDesk staff, Clock clock) {
        this.access = access;
        this.staff = staff;
        this.clock = clock;
    }

    @GET
    public Response list() {
        access.staff();
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (StaffDesk.PersonNow now : staff.people(clock.instant())) {
            ObjectNode node = list.addObject();
            node.put("name", now.person().name());
            node.put("displayName", access.displayName(now.person().name()));
            node.put("role", now.person().role().name());
            ArrayNode deputies = node.putArray("deputies");
            now.person().deputies().forEach(deputies::add);
            node.put("absentNow", now.absentNow());
            node.put("busyNow", now.busyNow());
        }
        return Json.ok(list);
    }

    /**
     * Whom the settings' user picker offers for {@code query}: the department's people who match, then the host's
     * other users, each with their display name. The host's directory is for administrators and the head only, who
     * add people to the department.
     */
    @GET
    @Path("candidates")
    public Response candidates(@QueryParam("query") String query) {
        access.oneOf("the head", Role.HEAD);
        if (query != null && query.length() > Fields.MAX_TEXT) {
            throw ApiError.badInput("query", Problem.of("error.input.mostCharacters", Fields.MAX_TEXT));
        }
        PeopleCandidates candidates = new PeopleCandidates(access::displayName, access::directoryCandidates);
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (PeopleCandidates.Candidate found : candidates.find(staff.people(clock.instant()).stream()
                .map(StaffDesk.PersonNow::person).toList(), query)) {
            list.addObject().put("login", found.login()).put("displayName", found.displayName())
                    .put("role", found.role().map(Role::name).orElse(null));
        }
        return Json.ok(list);
    }
}
