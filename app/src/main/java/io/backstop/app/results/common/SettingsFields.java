package io.backstop.app.results.common;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.core.norms.Band;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/** Members of the results settings document: every failure names the field by its JSON path. */
final class SettingsFields {

    private SettingsFields() {
    }

    static String path(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    /** Runs a core constructor, prefixing the field its failure names with the JSON path. */
    static <T> T at(String prefix, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidFieldException e) {
            if (prefix.isEmpty() || e.field().startsWith(prefix)) {
                throw e;
            }
            String field = path(prefix, e.field());
            throw e.at(field);
        }
    }

    /** Runs a core constructor whose failure is about the whole member {@code member}. */
    static <T> T at(String prefix, Supplier<T> make, String member) {
        try {
            return make.get();
        } catch (InvalidFieldException e) {
            if (e.field().startsWith(member)) {
                throw e;
            }
            String field = member + (e.field().startsWith("[") ? "" : ".") + e.field();
            throw e.at(field);
        }
    }

    static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw Check.invalid(field, Problem.of("error.input.array"));
        }
        return value;
    }

    static JsonNode array(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw Check.invalid(path(prefix, field), Problem.of("error.input.array"));
        }
        return value;
    }

    static JsonNode object(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw Check.invalid(path(prefix, field), Problem.of("error.input.object"));
        }
        return value;
    }

    /** Codes, names and issue types are shown whole on the settings page and the gadgets. */
    static final int MAX_TEXT = 255;

    static String text(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw Check.invalid(path(prefix, field), Problem.of("error.input.nonEmptyString"));
        }
        if (value.textValue().length() > MAX_TEXT) {
            throw Check.invalid(path(prefix, field), Problem.of("error.input.mostCharacters", MAX_TEXT));
        }
        return value.textValue();
    }

    static int integer(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt()) {
            throw Check.invalid(path(prefix, field), Problem.of("error.input.wholeNumber"));
        }
        return value.intValue();
    }

    static long whole(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw Check.invalid(path(prefix, field), Problem.of("error.input.wholeNumber"));
        }
        return Check.notNegative(value.longValue(), path(prefix, field));
    }

    static double number(JsonNode node, String field, String prefix, double fallback) {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw Check.invalid(path(prefix, field), Problem.of("error.input.number"));
        }
        return value.doubleValue();
    }

    static Band band(JsonNode ramp, String field) {
        JsonNode b = object(ramp, field, "ramp");
        String p = "ramp." + field;
        return at(p, () -> new Band(number(b, "min", p, Double.NaN), number(b, "max", p, Double.NaN)));
    }

    static LocalDate date(JsonNode node, String field, String prefix) {
        String value = text(node, field, prefix);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Check.invalid(path(prefix, field), Problem.of("error.input.expectedDate"));
        }
    }
}
