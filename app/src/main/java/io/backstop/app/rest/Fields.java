package io.backstop.app.rest;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Optional members of a request body, each failure naming its field. */
public final class Fields {

    private Fields() {
    }

    /** Names, keys, codes: what a page shows in one line. */
    public static final int MAX_TEXT = 255;
    /** A comment: a paragraph or a few. */
    public static final int MAX_COMMENT = 4000;
    /** Dates and instants outside these years are typing mistakes, and far ones overflow date arithmetic. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    public static Optional<String> text(JsonNode request, String field) {
        return text(request, field, MAX_TEXT);
    }

    public static Optional<String> text(JsonNode request, String field, int maxLength) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isTextual() || node.textValue().isBlank()) {
            throw ApiError.badInput(field, "must be a non-empty string");
        }
        if (node.textValue().length() > maxLength) {
            throw ApiError.badInput(field, "must be at most " + maxLength + " characters");
        }
        return Optional.of(node.textValue().trim());
    }

    public static Optional<Long> whole(JsonNode request, String field) {
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

    public static Optional<LocalDate> date(JsonNode request, String field) {
        return text(request, field).map(value -> {
            try {
                return inRange(LocalDate.parse(value), field);
            } catch (DateTimeParseException e) {
                throw ApiError.badInput(field, "expected a date such as 2026-11-05");
            }
        });
    }

    public static Optional<Instant> instant(JsonNode request, String field) {
        return text(request, field).map(value -> {
            try {
                OffsetDateTime at = OffsetDateTime.parse(value);
                inRange(at.toLocalDate(), field);
                return at.toInstant();
            } catch (DateTimeParseException e) {
                throw ApiError.badInput(field, "expected an instant with an offset such as 2026-11-02T15:00:00+03:00");
            }
        });
    }

    /** A date between {@link #EARLIEST} and {@link #LATEST}, else a 400 naming the field and the range. */
    /** One of an enum's names, any case; else a 400 naming the field and listing the names. */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String[] names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
            String expected = names.length == 1 ? names[0] : String.join(", ", Arrays.copyOf(names,
                    names.length - 1)) + " or " + names[names.length - 1];
            throw ApiError.badInput(field, "expected " + expected);
        }
    }

    public static LocalDate inRange(LocalDate date, String field) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw ApiError.badInput(field, "must be between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }
}
