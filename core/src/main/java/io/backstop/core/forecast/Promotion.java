package io.backstop.core.forecast;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A promotion or campaign the head expects to bring extra demand over {@code [from, to]} (both days counted):
 * {@code PERCENT} more than the season would bring, or {@code MESSAGES_PER_DAY} more client messages each day.
 */
public record Promotion(int id, String name, LocalDate from, LocalDate to, Kind kind, double amount) {

    /** How the extra demand is given. */
    public enum Kind { PERCENT, MESSAGES_PER_DAY }

    public static final int MAX_NAME = 255;
    public static final int MAX_DAYS = 366;
    public static final double MAX_PERCENT = 1000;
    public static final double MAX_MESSAGES_PER_DAY = 10_000;

    public Promotion {
        Check.notBlank(name, "name");
        if (name.length() > MAX_NAME) {
            throw Check.invalid("name", Problem.of("error.input.mostCharacters", MAX_NAME));
        }
        Check.notNull(from, "from");
        Check.notNull(to, "to");
        if (to.isBefore(from)) {
            throw Check.invalid("to", Problem.of("error.input.beforeFrom", from, to));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw Check.invalid("to", Problem.of("error.forecast.promotionLastsMost", MAX_DAYS));
        }
        Check.notNull(kind, "kind");
        String field = kind == Kind.PERCENT ? "percent" : "messagesPerDay";
        double max = kind == Kind.PERCENT ? MAX_PERCENT : MAX_MESSAGES_PER_DAY;
        if (!Double.isFinite(amount) || amount <= 0 || amount > max) {
            throw Check.invalid(field, Problem.of("error.forecast.moreMost", (long) max, amount));
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
