package io.backstop.app.results.actions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.response.ResponseViews;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Json;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.debt.DebtDesk;
import io.backstop.app.results.debt.DebtJson;
import io.backstop.app.results.sales.SalesDesk;
import io.backstop.app.results.sales.SalesResource;
import io.backstop.app.results.sales.StoredOffer;
import io.backstop.core.norms.NormCatalog;
import io.backstop.core.norms.NormRules;
import io.backstop.core.staff.Role;
import io.backstop.core.upsell.OfferStatus;
import io.backstop.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;

/**
 * {@code GET issues/{key}/actions}: what the issue panel's action forms offer the caller (flag a complaint, record an
 * offer and its answer, log an operation, take a dunning step), and which of them the caller may use, decided by
 * the same rules as the calls the forms make. For the staff, on an issue they may browse (else 404, as
 * {@code issues/{key}/sla}).
 */
@Path("issues/{key}")
@Produces(MediaType.APPLICATION_JSON)
public class IssueActionsResource {

    private final Access access;
    private final IssueActionsDesk desk;
    private final Clock clock;

    @Inject
    public IssueActionsResource(Access access, ResultsContext context, SalesDesk sales, DebtDesk debt,
                                ResponseViews views, Clock clock) {
        this.access = access;
        this.desk = new IssueActionsDesk(context, sales, debt, views);
        this.clock = clock;
    }

    @GET
    @Path("actions")
    public Response actions(@PathParam("key") String key) {
        Caller caller = access.staff();
        ApiError unknown = ApiError.notFound("key", Problem.of("error.input.issueResponseClock", key));
        if (!access.canBrowse(caller, key)) {
            throw unknown;
        }
        Instant now = clock.instant();
        IssueActionsDesk.Choices choices = desk.choices(key, caller.name(), Access.scope(caller, null, Role.HEAD), now)
                .orElseThrow(() -> unknown);
        boolean member = caller.role().isPresent(); // offers, operations and dunning steps are a member's own
        boolean answerAll = caller.admin() || caller.is(Role.HEAD); // as POST results/offers/{id}/answer
        ObjectNode root = Json.MAPPER.createObjectNode().put("issue", choices.issue())
                .put("client", choices.client().orElse(null)).put("owner", choices.owner());
        // anyone on the staff flags a complaint (so no flag here); the rest as the calls decide: naming someone else
        // in a complaint by rank (the head, the director; an administrator outside the department is no rank)
        root.putObject("you").put("name", caller.name()).put("nameOthers", choices.nameOthers())
                .put("record", member).put("dun", member);
        ArrayNode people = root.putArray("people");
        choices.people().forEach(p -> people.addObject().put("name", p.name()).put("role", p.role().name()));
        ArrayNode operations = root.putArray("operations");
        // "standard": the default catalogue's own operation, which the screens name in the reader's language; the
        // head's own (or renamed) ones keep the head's words
        NormCatalog standard = NormCatalog.departmentDefault();
        choices.operations().forEach(o -> operations.addObject().put("code", o.code()).put("name", o.name())
                .put("minutes", o.standardMinutes())
                .put("standard", standard.find(o.code()).map(d -> d.name().equals(o.name())).orElse(false))
                .put("manual", !NormRules.automaticOnly(o.code()))); // issue 17: the rest is credited from its record
        choices.services().forEach(root.putArray("services")::add);
        choices.clientServices().forEach(root.putArray("clientServices")::add);
        ArrayNode adjacency = root.putArray("adjacency");
        choices.adjacency().forEach(a -> adjacency.addObject().put("from", a.from()).put("to", a.to())
                .put("points", a.points()));
        ArrayNode offers = root.putArray("offers");
        for (StoredOffer stored : choices.offers()) {
            offers.add(SalesResource.offer(stored).put("mayAnswer", stored.offer().status() == OfferStatus.PRESENTED
                    && (answerAll || stored.offer().by().equals(caller.name()))));
        }
        choices.debt().ifPresent(d -> DebtJson.clientDebt(root.putObject("debt"), d));
        ArrayNode dunning = root.putArray("dunning");
        choices.dunning().forEach(choice -> dunning.add(DebtJson.dunningChoice(choice, choices.client().orElseThrow(),
                choices.debt(), caller.name())));
        return Json.ok(root);
    }
}
