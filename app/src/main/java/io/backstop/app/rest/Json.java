package io.backstop.app.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.json.ScenarioJson;
import io.backstop.core.validation.Problem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * JSON in and out with Backstop's own mapper, so both hosts answer byte for byte alike whatever JSON provider
 * the host has.
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    /** Bodies larger than this many characters are refused before parsing. */
    public static final int MAX_BODY = 1_000_000;

    private Json() {
    }

    public static ObjectNode object(String body) {
        if (body == null || body.isBlank()) {
            throw ApiError.badInput("(body)", Problem.of("error.input.jsonObjectRequired"));
        }
        if (body.length() > MAX_BODY) {
            throw ApiError.badInput("(body)", Problem.of("error.input.largerCharacters", MAX_BODY));
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiError.badInput("(body)", Problem.of("error.input.validJsonWhy", e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            throw ApiError.badInput("(body)", Problem.of("error.input.jsonObject"));
        }
        return (ObjectNode) node;
    }

    public static Response ok(JsonNode node) {
        return Response.ok(node.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    public static Response created(JsonNode node) {
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE).entity(node.toString()).build();
    }

    /** An optional instant query parameter. */
    public static Instant instantParam(String value, String name, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(value.trim());
            Fields.inRange(at.toLocalDate(), name);
            return at.toInstant();
        } catch (DateTimeParseException e) {
            throw ApiError.badInput(name, Problem.of("error.input.expectedInstant"));
        }
    }

    /** An instant in the zone's offset, or null. */
    public static void put(ObjectNode node, String name, Instant instant, ZoneId zone) {
        if (instant == null) {
            node.putNull(name);
        } else {
            node.put(name, ScenarioJson.format(instant, zone));
        }
    }

    /** A figure with two decimals at most, as the results show it. */
    public static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
