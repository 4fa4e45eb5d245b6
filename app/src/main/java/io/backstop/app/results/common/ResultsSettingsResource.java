package io.backstop.app.results.common;

import io.backstop.app.access.Access;
import io.backstop.app.rest.Json;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The results settings ({@code results/settings}): administrators read and replace the whole document. */
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
public class ResultsSettingsResource {

    private final Access access;
    private final ResultsContext results;

    @Inject
    public ResultsSettingsResource(Access access, ResultsContext results) {
        this.access = access;
        this.results = results;
    }

    @GET
    @Path("settings")
    public Response settings() {
        access.admin();
        return Json.ok(results.settings().toJson());
    }

    @PUT
    @Path("settings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response replaceSettings(String body) {
        access.admin();
        ResultsSettings next = ResultsSettings.read(Json.object(body));
        return Json.ok(results.replaceSettings(next).toJson());
    }
}
