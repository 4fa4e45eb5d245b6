package io.backstop.core.validation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Argument checks for the department's values. Every failure is an {@link InvalidFieldException} (an
 * {@link IllegalArgumentException}) that names the field, so a host can point at it: field {@code points}, message
 * {@code "points: must not be negative, got -3"}; the app's error mapper answers {@code {error, field}} with 400.
 */
public final class Check {

    private Check() {
    }

    /** The failure for {@code field}: {@code throw Check.invalid("steps", Problem.of("error.input.notEmpty"))}. */
    public static InvalidFieldException invalid(String field, Problem problem) {
        return new InvalidFieldException(field, problem);
    }

    /** An English text without a key; the errors' completeness test names every site that still makes one. */
    @Deprecated
    public static InvalidFieldException invalid(String field, String message) {
        return new InvalidFieldException(field, message);
    }

    public static <T> T notNull(T value, String field) {
        if (value == null) {
            throw invalid(field, Problem.of("error.input.null"));
        }
        return value;
    }

    public static String notBlank(String value, String field) {
        if (notNull(value, field).isBlank()) {
            throw invalid(field, Problem.of("error.input.blank"));
        }
        return value;
    }

    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw invalid(field, Problem.of("error.input.negativeGot", value));
        }
        return value;
    }

    public static long positive(long value, String field) {
        if (value <= 0) {
            throw invalid(field, Problem.of("error.input.positive", value));
        }
        return value;
    }

    public static double finiteNotNegative(double value, String field) {
        if (!Double.isFinite(value)) {
            throw invalid(field, Problem.of("error.input.finiteNumber", value));
        }
        if (value < 0) {
            throw invalid(field, Problem.of("error.input.negativeGot", value));
        }
        return value;
    }

    public static double between(double value, double min, double max, String field) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw invalid(field, Problem.of("error.input.betweenGot", min, max, value));
        }
        return value;
    }

    /** An unmodifiable copy; a null element is named by its index ({@code "offers[2] must not be null"}). */
    public static <T> List<T> list(Collection<? extends T> values, String field) {
        notNull(values, field);
        int i = 0;
        for (T value : values) {
            notNull(value, field + "[" + i++ + "]");
        }
        return List.copyOf(values);
    }

    /** An unmodifiable copy; null keys or values are named by the key. */
    public static <K, V> Map<K, V> map(Map<? extends K, ? extends V> values, String field) {
        notNull(values, field);
        values.forEach((key, value) -> {
            notNull(key, field + " key");
            notNull(value, field + "[" + key + "]");
        });
        return Map.copyOf(values);
    }

    /** A stable code: lower-case letters, digits and dashes, starting with a letter ({@code "client-question"}). */
    public static String code(String value, String field) {
        notBlank(value, field);
        if (!value.matches("[a-z][a-z0-9-]*")) {
            throw invalid(field, Problem.of("error.input.lowerCaseLetters", value));
        }
        return value;
    }
}
