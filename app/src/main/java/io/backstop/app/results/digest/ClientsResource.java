package io.backstop.app.results.digest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;
import io.backstop.app.results.complaints.ComplaintsResource;
import io.backstop.core.digest.ClientDigest;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** One client on one screen, for anyone on the staff about to call them. */
@Path("clients")
@Produces(MediaType.APPLICATION_JSON)
public class ClientsResource {

    private final Access access;
    private final DigestDesk digest;
    private final Clock clock;

    @Inject
    public ClientsResource(Access access, DigestDesk digest, Clock clock) {
        this.access = access;
        this.digest = digest;
        this.clock = clock;
    }

    @GET
    @Path("{client}/digest")
    public Response digest(@PathParam("client") String client, @QueryParam("on") String on) {
        Caller caller = access.staff();
        if (client.length() > Fields.MAX_TEXT) {
            throw ApiError.badInput("client", Problem.of("error.input.mostCharacters", Fields.MAX_TEXT));
        }
        LocalDate day;
        try {
            day = on == null || on.isBlank() ? clock.instant().atZone(digest.zone()).toLocalDate()
                    : Fields.inRange(LocalDate.parse(on.trim()), "on");
        } catch (DateTimeParseException e) {
            throw ApiError.badInput("on", Problem.of("error.input.expectedDate"));
        }
        // complaints and offers as the results screens show them: the head's all, everybody else's their own
        ClientDigest d = digest.digest(client, day, issue -> access.canBrowse(caller, issue),
                Access.scope(caller, null, Role.HEAD));
        ObjectNode root = Json.MAPPER.createObjectNode().put("client", d.client()).put("asOf", d.asOf().toString());
        ArrayNode warnings = root.putArray("warnings");
        d.warnings().forEach(w -> warnings.add(w.name()));
        ArrayNode complaints = root.putArray("openComplaints");
        d.openComplaints().forEach(c -> complaints.add(ComplaintsResource.complaint(c)));
        ObjectNode debt = root.putObject("debt").put("outstandingKopecks", d.debt().outstandingKopecks())
                .put("overdueKopecks", d.debt().overdueKopecks()).put("maxDaysOverdue", d.debt().maxDaysOverdue());
        debt.put("worst", d.debt().worst().map(b -> b.label()).orElse(null));
        ArrayNode work = root.putArray("openWork");
        d.openWork().forEach(w -> work.addObject().put("issue", w.issue().issue()).put("summary", w.issue().summary())
                .put("assignee", w.issue().assignee())
                .put("promisedOn", w.issue().promisedOn().map(LocalDate::toString).orElse(null))
                .put("daysLate", w.daysLate()).put("updated", w.issue().updated().toString()));
        ArrayNode contacts = root.putArray("lastContacts");
        d.lastContacts().forEach(c -> contacts.addObject().put("at", c.at().toString()).put("by", c.by())
                .put("channel", c.channel()).put("issue", c.issue().orElse(null)).put("from", c.summary()));
        ArrayNode offers = root.putArray("offers");
        d.offers().forEach(o -> offers.addObject().put("issue", o.issue()).put("basis", o.basis())
                .put("service", o.service()).put("status", o.status().name()).put("amountKopecks", o.amountKopecks())
                .put("by", o.by()).put("at", o.at().toString()));
        digest.missingOffers(client, day).forEach(root.putArray("missingOffers")::add);
        return Json.ok(root);
    }
}
