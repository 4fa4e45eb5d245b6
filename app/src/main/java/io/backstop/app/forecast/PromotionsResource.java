package io.backstop.app.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;
import io.backstop.core.forecast.Promotion;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/**
 * The head's promotions and campaigns, which the forecast adds to the demand: who plans the department's weeks
 * enters them (head and administrators, like the forecast itself).
 */
@Path("forecast/promotions")
@Produces(MediaType.APPLICATION_JSON)
public class PromotionsResource {

    private static final String WHO = "the head";

    private final Access access;
    private final ForecastDesk forecast;

    @Inject
    public PromotionsResource(Access access, ForecastDesk forecast) {
        this.access = access;
        this.forecast = forecast;
    }

    @GET
    public Response list() {
        access.oneOf(WHO, Role.HEAD);
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode list = root.putArray("promotions");
        forecast.demand().promotions().all().forEach(p -> PromotionStore.json(list.addObject(), p));
        return Json.ok(root);
    }

    /**
     * Body: {@code name}, {@code from}, {@code to} (dates, both counted) and exactly one of {@code percent} (extra
     * demand over the season's, 0 < x <= 1000) or {@code messagesPerDay} (extra client messages a day, 0 < x <= 10000).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(String body) {
        access.oneOf(WHO, Role.HEAD);
        JsonNode request = Json.object(body);
        String name = Fields.text(request, "name", Promotion.MAX_NAME)
                .orElseThrow(() -> ApiError.badInput("name", Problem.of("error.forecast.requiredWhatPromotion")));
        LocalDate from = Fields.inRange(Fields.date(request, "from")
                .orElseThrow(() -> ApiError.badInput("from",
                        Problem.of("error.forecast.requiredPromotionFirst"))), "from");
        LocalDate to = Fields.inRange(Fields.date(request, "to")
                .orElseThrow(() -> ApiError.badInput("to", Problem.of("error.forecast.requiredPromotionLast"))), "to");
        JsonNode percentNode = request.get("percent");
        JsonNode messagesNode = request.get("messagesPerDay");
        boolean percent = percentNode != null && !percentNode.isNull();
        boolean messages = messagesNode != null && !messagesNode.isNull();
        if (percent == messages) {
            throw ApiError.badInput("percent", Problem.of(percent ? "error.forecast.percentAndMessages"
                    : "error.forecast.percentOrMessages"));
        }
        String field = percent ? "percent" : "messagesPerDay";
        JsonNode amount = percent ? percentNode : messagesNode;
        if (!amount.isNumber()) {
            throw ApiError.badInput(field, Problem.of("error.input.number"));
        }
        Promotion added = forecast.demand().promotions().add(name, from, to,
                percent ? Promotion.Kind.PERCENT : Promotion.Kind.MESSAGES_PER_DAY, amount.doubleValue());
        return Json.created(PromotionStore.json(Json.MAPPER.createObjectNode(), added));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        access.oneOf(WHO, Role.HEAD);
        int number;
        try {
            number = Integer.parseInt(id);
        } catch (NumberFormatException e) {
            throw ApiError.badInput("id", Problem.of("error.input.wholeNumber"));
        }
        if (!forecast.demand().promotions().delete(number)) {
            throw ApiError.notFound("id", Problem.of("error.forecast.promotion", number));
        }
        return Response.noContent().build();
    }
}
