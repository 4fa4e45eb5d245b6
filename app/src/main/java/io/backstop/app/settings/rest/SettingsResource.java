package io.backstop.app.settings.rest;

import io.backstop.app.access.Access;
import io.backstop.app.rest.Json;

import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The department's settings, for administrators: validated whole, so a bad value changes nothing. */
@Path("settings")
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final Access access;
    private final SettingsService settings;

    @Inject
    public SettingsResource(Access access, SettingsService settings) {
        this.access = access;
        this.settings = settings;
    }

    @GET
    public Response get() {
        access.admin();
        return Json.ok(SettingsDocument.toJson(settings.current()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(String body) {
        access.admin();
        return Json.ok(SettingsDocument.toJson(settings.replace(SettingsDocument.read(Json.object(body)))));
    }
}
