package io.backstop.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.core.calendar.HumanDuration;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Optional;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Typed reads of JSON fields that name the field's path in every error, so that a department head who typed a
 * wrong value learns where it is ({@code events[3].at}, {@code calendar.week.MON[1]}).
 */
public final class JsonFields {

    /** The longest duration any document may name. */
    public static final Duration LONGEST = Duration.ofHours(100_000);

    private JsonFields() {
    }

    static JsonNode required(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw new InvalidFieldException(path, Problem.of("error.input.required"));
        }
        return node;
    }

    static JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new InvalidFieldException(path, Problem.of("error.input.object"));
        }
        return node;
    }

    /** The longest string any document may hold: names, codes, zones, issue types (a page shows them whole). */
    public static final int MAX_TEXT = 255;

    static String text(JsonNode node, String path) {
        if (!node.isTextual()) {
            throw new InvalidFieldException(path, Problem.of("error.input.string"));
        }
        if (node.textValue().length() > MAX_TEXT) {
            throw new InvalidFieldException(path, Problem.of("error.input.mostCharacters", MAX_TEXT));
        }
        unseenCharacters(node.textValue()).ifPresent(what -> {
            throw new InvalidFieldException(path, Problem.of("error.input.mustNotContain", what));
        });
        return node.textValue();
    }

    /**
     * What a text must not hold, if it does: control characters (a NUL, an escape; line breaks and tabs are
     * text) and the bidirectional overrides and isolates that make a name read differently from what it is.
     */
    public static Optional<String> unseenCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return Optional.of(String.format("control characters (U+%04X at %d)", (int) c, i));
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                return Optional.of(String.format("right-to-left or other direction overrides (U+%04X at %d)", (int) c, i));
            }
        }
        return Optional.empty();
    }

    /**
     * A login as Jira and the sandbox take it: letters, digits, '.', '_', '-' and '@' (Jira installations often use
     * e-mail addresses as user names); no spaces, colons (HTTP Basic could not carry it) or other signs.
     */
    static String personName(JsonNode node, String path) {
        String name = text(node, path);
        if (!PERSON_NAME.matcher(name).matches()) {
            throw new InvalidFieldException(path, Problem.of("error.input.loginLettersDigits", name));
        }
        return name;
    }

    private static final Pattern PERSON_NAME = Pattern.compile("[\\p{L}\\p{N}._@-]+");

    static String requiredText(JsonNode parent, String name, String path) {
        String value = text(required(parent, name, path), path);
        if (value.isBlank()) {
            throw new InvalidFieldException(path, Problem.of("error.input.blank"));
        }
        return value;
    }

    /** A string field that may be missing or null; then null. */
    static String optionalText(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : text(node, path);
    }

    static boolean optionalBoolean(JsonNode parent, String name, String path, boolean fallback) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw new InvalidFieldException(path, Problem.of("error.input.trueFalse"));
        }
        return node.booleanValue();
    }

    static Instant instant(JsonNode node, String path) {
        String value = text(node, path);
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(path, Problem.of("error.input.expectedInstantGot", value));
        }
    }

    /** An instant field that may be missing or null; then null. */
    static Instant optionalInstant(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        return node == null || node.isNull() ? null : instant(node, path);
    }

    static Instant requiredInstant(JsonNode parent, String name, String path) {
        return instant(required(parent, name, path), path);
    }

    /** Working time as a person writes it ({@link HumanDuration#WORKING}: 8h, 1d 4h, 30 мин) or ISO, not negative. */
    static Duration duration(JsonNode node, String path) {
        return duration(node, path, HumanDuration.WORKING);
    }

    /** A duration read by the given reader (working or clock time), from zero to {@link #LONGEST}. */
    static Duration duration(JsonNode node, String path, HumanDuration reader) {
        String value = text(node, path);
        Duration duration;
        try {
            duration = reader.parse(value);
        } catch (HumanDuration.Refused e) {
            throw new InvalidFieldException(path, e.problem());
        }
        if (duration.isNegative()) {
            throw new InvalidFieldException(path, Problem.of("error.input.negative"));
        }
        if (duration.compareTo(LONGEST) > 0) {
            // Working time is added day by day; a goal of centuries would hold an issue's lock for minutes.
            throw new InvalidFieldException(path, Problem.of("error.input.mostDecadesWorking",
                    HumanDuration.CLOCK.format(LONGEST)));
        }
        return duration;
    }

    static LocalDate date(JsonNode node, String path) {
        String value = text(node, path);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(path, Problem.of("error.input.expectedDateGot", value));
        }
    }

    static <E extends Enum<E>> E enumValue(JsonNode node, Class<E> type, String path) {
        String value = text(node, path);
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(path, Problem.of("error.input.unknownValueExpected",
                    value, List.of(type.getEnumConstants())));
        }
    }

    /** Each element of an array field read with its own path; a missing or null field is an empty list. */
    static <T> List<T> list(JsonNode parent, String name, String path, BiFunction<JsonNode, String, T> element) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        return elements(node, path, element);
    }

    static <T> List<T> elements(JsonNode node, String path, BiFunction<JsonNode, String, T> element) {
        if (!node.isArray()) {
            throw new InvalidFieldException(path, Problem.of("error.input.array"));
        }
        List<T> result = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            result.add(element.apply(node.get(i), path + "[" + i + "]"));
        }
        return result;
    }
}
