package io.backstop.app.results.sales;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;
import io.backstop.app.results.common.ResultsParams;
import io.backstop.core.hotspot.CheapOrder;
import io.backstop.core.staff.Role;
import io.backstop.core.upsell.ClientCoverage;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import io.backstop.core.upsell.Sale;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Selling more under {@code results/}: upsells and offers (anyone on the staff records and answers their own), the
 * offers still missing for a client, the loto cards' coverage, and the cheap orders (the head's). Campaigns' call
 * lists: {@link CampaignsResource}.
 */
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
public class SalesResource {

    private static final Role[] SEE_ALL = {Role.HEAD, Role.DIRECTOR};
    private static final Role[] KEEP_INVOICES = {Role.HEAD, Role.DIRECTOR, Role.OFFICE_MANAGER};

    private final Access access;
    private final SalesDesk salesDesk;
    private final Clock clock;
    private final ResultsParams params;

    @Inject
    public SalesResource(Access access, SalesDesk salesDesk, Clock clock) {
        this.access = access;
        this.salesDesk = salesDesk;
        this.clock = clock;
        this.params = new ResultsParams(clock, salesDesk::zone);
    }

    @GET
    @Path("upsells")
    public Response upsells(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("person") String person) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        LocalDate[] period = params.period(from, to);
        Instant[] instants = params.instants(period);
        ObjectNode root = ResultsParams.periodNode(period);
        UpsellResults.Period upsells = salesDesk.upsells(instants[0], instants[1], who);
        ArrayNode list = root.putArray("people");
        // issue 17: "accepted" is the manager's word, shown; "sold" is by an invoice, and only it earns points
        upsells.byPerson().forEach((name, p) -> list.addObject().put("person", name)
                .put("name", access.displayName(name)).put("presented", p.presented())
                .put("accepted", p.accepted()).put("sold", p.sold()).put("soldKopecks", p.soldKopecks())
                .put("conversion", Json.round(p.conversion())).put("points", p.points()));
        ArrayNode offers = root.putArray("offers");
        for (int i = 0; i < upsells.offers().size(); i++) {
            Sale sale = upsells.sales().get(i);
            ObjectNode node = offer(upsells.offers().get(i)).put("sold", sale.sold())
                    .put("soldKopecks", sale.soldKopecks()).put("level", sale.level())
                    .put("bandPoints", sale.bandPoints()).put("points", sale.points());
            sale.invoice().ifPresentOrElse(v -> node.put("invoice", v.id()).put("invoicedOn", v.issuedOn().toString()),
                    () -> node.putNull("invoice").putNull("invoicedOn"));
            offers.add(node);
        }
        rules(root);
        return Json.ok(root);
    }

    /** {@code {issue, client, basis, service, amountKopecks, by?, status?, at?}}: an offer made, at its price. */
    @POST
    @Path("offers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordOffer(String body) {
        Caller caller = access.staff();
        ObjectNode request = Json.object(body);
        String by = Fields.text(request, "by").orElse(caller.name());
        ResultsParams.ownOrHead(caller, by, Problem.of("error.sales.ownOffers"));
        OfferStatus status = Fields.text(request, "status").map(s -> Fields.oneOf(OfferStatus.class, s, "status"))
                .orElse(OfferStatus.PRESENTED);
        Instant at = Fields.instant(request, "at").orElse(clock.instant());
        // issue 17: an offer counts from the day it is recorded; one dated back to before an invoice it saw would
        // claim that sale, so only the head (and administrators) enter an offer of an earlier day
        if (!caller.admin() && !caller.is(Role.HEAD) && at.isBefore(params.today().atStartOfDay(salesDesk.zone())
                .toInstant())) {
            throw ApiError.badInput("at", Problem.of("error.sales.onlyHeadRecords"));
        }
        Offer offer = new Offer(Fields.issueKey(request, "issue"), ResultsParams.required(request, "client"), ResultsParams.required(request, "basis"),
                ResultsParams.required(request, "service"), status, Fields.whole(request, "amountKopecks")
                .orElseThrow(() -> ApiError.badInput("amountKopecks",
                        Problem.of("error.sales.requiredPriceOffered"))), by,
                at);
        return Json.created(offer(salesDesk.recordOffer(offer)));
    }

    /** {@code {status: ACCEPTED | DECLINED}}: the client's answer. */
    @POST
    @Path("offers/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answerOffer(@PathParam("id") String idText, String body) {
        Caller caller = access.staff();
        int id = ResultsParams.id(idText);
        StoredOffer offer = salesDesk.offer(id).orElseThrow(() -> ApiError.notFound("id", Problem.of("error.sales.offer", id)));
        ResultsParams.ownOrHead(caller, offer.offer().by(), Problem.of("error.sales.answerOwnOffers"));
        OfferStatus status = Fields.oneOf(OfferStatus.class, ResultsParams.required(Json.object(body), "status"), "status");
        return Json.ok(offer(salesDesk.answerOffer(id, status)));
    }

    /**
     * The loto-card offers still missing for one client on a day (today by default), for anyone on the staff about
     * to talk to them (issue 17): their services, what the cards require, what is missing; with the rules an offer
     * is paid by, so the panel can say what a sale would earn.
     */
    @GET
    @Path("offers/missing")
    public Response missingOffers(@QueryParam("client") String client, @QueryParam("on") String on) {
        access.staff();
        LocalDate day = day(on);
        if (client == null || client.isBlank()) {
            throw ApiError.badInput("client", Problem.of("error.input.required"));
        }
        if (client.length() > Fields.MAX_TEXT) {
            throw ApiError.badInput("client", Problem.of("error.input.mostCharacters", Fields.MAX_TEXT));
        }
        ObjectNode root = Json.MAPPER.createObjectNode().put("client", client).put("on", day.toString());
        salesDesk.servicesOf(client, day).forEach(root.putArray("services")::add);
        ClientCoverage coverage = salesDesk.missingOffers(client, day);
        coverage.required().forEach(root.putArray("required")::add);
        coverage.missing().forEach(root.putArray("missing")::add);
        rules(root);
        return Json.ok(root);
    }

    /** The upsell rules as the screens explain them: the days an invoice may follow, the amount bands. */
    private void rules(ObjectNode root) {
        ObjectNode rules = root.putObject("rules").put("soldWithinDays", salesDesk.settings().upsells().soldWithinDays());
        ArrayNode bands = rules.putArray("bands");
        salesDesk.settings().upsells().bands().forEach(b -> bands.addObject().put("fromRoubles", b.fromRoubles())
                .put("points", b.points()));
        ArrayNode levels = rules.putArray("adjacency");
        salesDesk.settings().adjacency().rows().forEach(a -> levels.addObject().put("from", a.from()).put("to", a.to())
                .put("level", a.level()));
    }

    private LocalDate day(String on) {
        return on == null || on.isBlank() ? params.today() : ResultsParams.date(on, "on");
    }

    /** Loto-card coverage on a day: per manager, and per client the offers still missing. */
    @GET
    @Path("loto-cards")
    public Response lotoCards(@QueryParam("on") String on, @QueryParam("manager") String manager) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, manager, "manager", KEEP_INVOICES);
        SalesDesk.LotoCoverage coverage = salesDesk.lotoCoverage(day(on), who);
        ObjectNode root = Json.MAPPER.createObjectNode().put("on", coverage.on().toString());
        Map<String, Long> clientsOf = coverage.managerOf().values().stream()
                .collect(Collectors.groupingBy(m -> m, Collectors.counting()));
        ArrayNode managers = root.putArray("managers");
        coverage.byManager().forEach((name, c) -> CampaignsResource.manager(access, managers.addObject(), Optional.of(name))
                .put("clients", clientsOf.getOrDefault(name, 0L))
                .put("required", c.required()).put("made", c.made()).put("coverage", Json.round(c.rate())));
        ArrayNode clients = root.putArray("clients");
        coverage.clients().forEach(c -> {
            ObjectNode node = CampaignsResource.manager(access, clients.addObject().put("client", c.client()),
                    Optional.ofNullable(coverage.managerOf().get(c.client())));
            c.required().forEach(node.putArray("required")::add);
            c.missing().forEach(node.putArray("missing")::add);
        });
        return Json.ok(root);
    }

    /** Orders whose requests take more norm time than their value warrants, for a month; the head's economics. */
    @GET
    @Path("cheap-orders")
    public Response cheapOrders(@QueryParam("month") String month) {
        access.oneOf("the head or the director", SEE_ALL);
        SalesDesk.CheapOrders cheap = salesDesk.cheapOrders(params.month(month), clock.instant());
        ObjectNode root = Json.MAPPER.createObjectNode().put("month", cheap.month().toString())
                .put("threshold", cheap.threshold()).put("share", Json.round(cheap.share()))
                .put("partial", cheap.share() < 1);
        ArrayNode orders = root.putArray("orders");
        for (CheapOrder order : cheap.orders()) {
            ObjectNode node = orders.addObject().put("client", order.load().client())
                    .put("services", order.load().service())
                    .put("valueKopecks", order.load().monthlyValueKopecks()).put("minutes", order.minutes())
                    .put("normHoursPerThousandRoubles", Json.round(order.normHoursPerThousandRoubles()));
            ArrayNode ops = node.putArray("operations");
            order.operations().forEach(t -> ops.addObject().put("operation", t.operation()).put("count", t.count())
                    .put("minutes", t.minutes()));
        }
        ArrayNode where = root.putArray("whereTimeGoes");
        cheap.where().forEach(t -> where.addObject().put("operation", t.operation()).put("name", t.name())
                .put("count", t.count()).put("minutes", t.minutes()).put("share", Json.round(t.share())));
        return Json.ok(root);
    }

    public static ObjectNode offer(StoredOffer stored) {
        Offer o = stored.offer();
        return Json.MAPPER.createObjectNode().put("id", stored.id()).put("issue", o.issue()).put("client", o.client())
                .put("basis", o.basis()).put("service", o.service()).put("status", o.status().name())
                .put("amountKopecks", o.amountKopecks()).put("by", o.by()).put("at", o.at().toString());
    }
}
