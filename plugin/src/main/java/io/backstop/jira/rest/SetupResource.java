package io.backstop.jira.rest;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.rest.ApiError;
import io.backstop.core.validation.Problem;
import io.backstop.jira.setup.JiraSetup;
import io.backstop.jira.setup.SetupReport;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs Backstop's setup in Jira from the settings page: {@code POST /rest/backstop/1.0/setup} with a JSON body
 * {@code {"actor": "login"?}}. Jira administrators only; JSON only, so a cross-site form cannot trigger it. The
 * answer lists what was created, what existed and what failed, in the administrator's language.
 */
@Path("setup")
@AdminOnly
@Produces(MediaType.APPLICATION_JSON)
public class SetupResource {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Access access;
    private final JiraSetup setup;
    private final JiraAuthenticationContext authentication;

    @Inject
    public SetupResource(Access access, JiraSetup setup, @ComponentImport JiraAuthenticationContext authentication) {
        this.access = access;
        this.setup = setup;
        this.authentication = authentication;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(String body) {
        access.admin();
        Locale locale = authentication.getLocale();
        List<SetupReport.Item> items = new ArrayList<>();
        String actor = actor(body);
        if (actor != null) {
            items.add(setup.setActor(actor, locale));
        }
        items.addAll(setup.run(locale).items());
        ArrayNode list = MAPPER.createArrayNode();
        for (SetupReport.Item item : items) {
            ObjectNode node = list.addObject();
            node.put("kind", item.kind().name());
            node.put("name", item.name());
            node.put("status", item.status().name());
            node.put("message", item.message());
        }
        ObjectNode answer = MAPPER.createObjectNode();
        answer.set("items", list);
        return Response.ok(answer.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static String actor(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode root = MAPPER.readTree(body);
            JsonNode actor = root == null ? null : root.get("actor");
            return actor == null || actor.isNull() ? null : actor.asText();
        } catch (IOException e) {
            throw ApiError.badInput("(body)", Problem.of("error.input.validJson"));
        }
    }
}
