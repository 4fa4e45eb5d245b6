package io.backstop.app.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Optional members of a request body, each failure naming its field. */
final class Fields {

    private Fields() {
    }

    static Optional<String> text(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw ApiError.badInput(field, "must be a non-empty string");
        }
        if (node.textValue().length() > 255) {
            throw ApiError.badInput(field, "must be at most 255 characters");
        }
        return Optional.of(node.textValue().trim());
    }

    static Optional<Long> whole(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw ApiError.badInput(field, "must be a whole number");
        }
        if (node.longValue() < 0 || node.longValue() > 1_000_000_000_000L) {
            throw ApiError.badInput(field, "must be between 0 and 1000000000000, got " + node.longValue());
        }
        return Optional.of(node.longValue());
    }

    static Optional<LocalDate> date(JsonNode request, String field) {
        return text(request, field).map(value -> {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw ApiError.badInput(field, "expected a date such as 2026-11-05");
            }
        });
    }

    static Optional<Instant> instant(JsonNode request, String field) {
        return text(request, field).map(value -> {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw ApiError.badInput(field, "expected an instant with an offset such as 2026-11-02T15:00:00+03:00");
            }
        });
    }
}
