package io.backstop.app.staff;

import io.backstop.app.access.Access;
import io.backstop.app.rest.Json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
            node.put("role", now.person().role().name());
            ArrayNode deputies = node.putArray("deputies");
            now.person().deputies().forEach(deputies::add);
            node.put("absentNow", now.absentNow());
            node.put("busyNow", now.busyNow());
        }
        return Json.ok(list);
    }
}
