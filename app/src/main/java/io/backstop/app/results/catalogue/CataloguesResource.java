package io.backstop.app.results.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Csv;
import io.backstop.app.rest.Json;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The head's catalogues ({@code results/catalogues}): the staff read them (as JSON or a CSV file); the head and
 * administrators preview an import (the dry run: what would be added, changed, removed) and apply it. An import is
 * {@code {"csv": "<the file>"}} or {@code {"rows": [...]}}; a bad one answers 400 with every cell at fault in
 * {@code errors} (row, column, message key and arguments, English text) and changes nothing.
 */
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
public class CataloguesResource {

    private final Access access;
    private final CataloguesDesk desk;
    private final Clock clock;

    @Inject
    public CataloguesResource(Access access, CataloguesDesk desk, Clock clock) {
        this.access = access;
        this.desk = desk;
        this.clock = clock;
    }

    /** Who may change the catalogues: the head and administrators (the REST checks the same). */
    public static boolean changes(Caller caller) {
        return caller.admin() || caller.is(Role.HEAD);
    }

    /** Every catalogue: its name, columns, number of rows and version, and whether the caller may change them. */
    @GET
    @Path("catalogues")
    public Response catalogues() {
        Caller caller = access.staff();
        ObjectNode node = Json.MAPPER.createObjectNode().put("canChange", changes(caller));
        ArrayNode list = node.putArray("catalogues");
        for (CataloguesDesk.View view : desk.views()) {
            ObjectNode item = list.addObject().put("name", view.catalogue().id());
            columns(item, view.catalogue());
            item.put("rows", view.rows().size()).put("version", view.version());
        }
        return Json.ok(node);
    }

    @GET
    @Path("catalogues/{name}")
    public Response catalogue(@PathParam("name") String name) {
        Caller caller = access.staff();
        CataloguesDesk.View view = desk.view(named(name));
        ObjectNode node = Json.MAPPER.createObjectNode().put("name", view.catalogue().id())
                .put("version", view.version()).put("canChange", changes(caller));
        columns(node, view.catalogue());
        ArrayNode rows = node.putArray("rows");
        view.rows().forEach(cells -> {
            ObjectNode row = rows.addObject();
            for (int i = 0; i < cells.size(); i++) {
                row.put(view.catalogue().header().get(i), cells.get(i));
            }
        });
        return Json.ok(node);
    }

    /** The catalogue as a CSV file (UTF-8, a header row, commas), to edit in a spreadsheet and import again. */
    @GET
    @Path("catalogues/{name}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("name") String name) {
        access.staff();
        CataloguesDesk.View view = desk.view(named(name));
        return Csv.ok(view.csv(), "backstop-" + view.catalogue().id() + ".csv");
    }

    /** The dry run: what applying the body would change. Nothing is kept. */
    @POST
    @Path("catalogues/{name}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response preview(@PathParam("name") String name, String body) {
        access.oneOf("the head", Role.HEAD);
        Catalogue catalogue = named(name);
        JsonNode request = Json.object(body);
        sent(request);
        return answer(() -> desk.preview(catalogue, request));
    }

    /**
     * Replaces the catalogue with the body's rows, whole or not at all; {@code version} (optional): the version the
     * preview was made against, so that a change in between is not overwritten unseen (409).
     */
    @PUT
    @Path("catalogues/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response apply(@PathParam("name") String name, @QueryParam("version") String version, String body) {
        Caller caller = access.oneOf("the head", Role.HEAD);
        Catalogue catalogue = named(name);
        if (version != null && version.length() > 64) {
            throw ApiError.badInput("version", Problem.of("error.catalogue.mostCharacters"));
        }
        JsonNode request = Json.object(body);
        sent(request);
        return answer(() -> desk.apply(catalogue, request, version, caller.name(), clock.instant()));
    }

    private static Catalogue named(String name) {
        return Catalogue.find(name).orElseThrow(() -> ApiError.notFound("name", Problem.of("error.catalogue.catalogueCataloguesAre", name, String.join(", ", Arrays.stream(Catalogue.values()).map(Catalogue::id)
                .toList()))));
    }

    /** An import: exactly one of {@code csv} (the file's text) and {@code rows} (a list of rows). */
    private static void sent(JsonNode request) {
        JsonNode csv = request.get("csv");
        JsonNode rows = request.get("rows");
        if ((csv == null) == (rows == null)) {
            throw ApiError.badInput("(body)", Problem.of("error.catalogue.sendEitherCsv"));
        }
        if (csv != null && !csv.isTextual()) {
            throw ApiError.badInput("csv", Problem.of("error.catalogue.fileText"));
        }
        if (rows != null && !rows.isArray()) {
            throw ApiError.badInput("rows", Problem.of("error.catalogue.listRows"));
        }
    }

    private static Response answer(Supplier<CataloguesDesk.Outcome> work) {
        CataloguesDesk.Outcome outcome;
        try {
            outcome = work.get();
        } catch (Imported.Refused refused) {
            return refusal(refused.field(), refused.errors());
        } catch (CataloguesDesk.Stale stale) {
            throw ApiError.conflict("version", stale.problem());
        }
        ObjectNode node = outcome.diff().json();
        node.put("before", outcome.before()).put("version", outcome.version());
        return Json.ok(node);
    }

    /**
     * 400 as every error leaves ({@code error}: the first; {@code field}: {@code csv}, or the first cell's path in
     * {@code rows}), with all of them in {@code errors}.
     */
    static Response refusal(String field, List<CellError> errors) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("error", errors.get(0).message());
        node.put("field", field);
        ArrayNode list = node.putArray("errors");
        errors.forEach(error -> list.add(error.json()));
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(node.toString()).build();
    }

    private static void columns(ObjectNode node, Catalogue catalogue) {
        ArrayNode columns = node.putArray("columns");
        catalogue.columns().forEach(column -> columns.addObject().put("name", column.name())
                .put("required", column.absent() == null));
    }
}
