package io.backstop.app.rest;

import com.fasterxml.jackson.databind.JsonNode;

import io.backstop.core.validation.Problem;
import java.time.Instant;
import java.util.regex.Pattern;
import java.time.Duration;
import io.backstop.app.json.JsonFields;
import io.backstop.core.calendar.HumanDuration;
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
            throw ApiError.badInput(field, Problem.of("error.input.nonEmptyString"));
        }
        if (node.textValue().length() > maxLength) {
            throw ApiError.badInput(field, Problem.of("error.input.mostCharacters", maxLength));
        }
        JsonFields.unseenCharacters(node.textValue()).ifPresent(what -> {
            throw ApiError.badInput(field, Problem.of("error.input.mustNotContain", what));
        });
        // kept as sent: a name with a space around it is not quietly made into somebody's name
        return Optional.of(node.textValue());
    }

    /** An issue key as Jira writes them: a project key (capital letters, digits, '_'), a hyphen, a number. */
    public static String issueKey(String key, String field) {
        if (key == null || !ISSUE_KEY.matcher(key).matches()) {
            throw ApiError.badInput(field, Problem.of("error.input.expectedIssueKey"));
        }
        return key;
    }

    /** The body's required issue key. */
    public static String issueKey(JsonNode request, String field) {
        return issueKey(text(request, field).orElseThrow(() -> ApiError.badInput(field,
                Problem.of("error.input.required"))), field);
    }

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,49}-[1-9][0-9]{0,17}");

    /**
     * Working time as the person typed it (8h, 1d 4h, 30 мин; a day is {@code days}' working day) or ISO-8601, from
     * zero to the longest any setting takes ({@link JsonFields#LONGEST}).
     */
    public static Optional<Duration> duration(JsonNode request, String field, HumanDuration days) {
        return text(request, field).map(text -> {
            Duration duration;
            try {
                duration = days.parse(text);
            } catch (HumanDuration.Refused e) {
                throw ApiError.badInput(field, e.problem());
            }
            if (duration.isNegative() || duration.compareTo(JsonFields.LONGEST) > 0) {
                throw ApiError.badInput(field, Problem.of("error.input.durationRange",
                        HumanDuration.CLOCK.format(JsonFields.LONGEST)));
            }
            return duration;
        });
    }

    public static Optional<Long> whole(JsonNode request, String field) {
        JsonNode node = request.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw ApiError.badInput(field, Problem.of("error.input.wholeNumber"));
        }
        if (node.longValue() < 0 || node.longValue() > 1_000_000_000_000L) {
            throw ApiError.badInput(field, Problem.of("error.input.betweenZeroAndTrillion", node.longValue()));
        }
        return Optional.of(node.longValue());
    }

    public static Optional<LocalDate> date(JsonNode request, String field) {
        return text(request, field).map(value -> {
            try {
                return inRange(LocalDate.parse(value), field);
            } catch (DateTimeParseException e) {
                throw ApiError.badInput(field, Problem.of("error.input.expectedDate"));
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
                throw ApiError.badInput(field, Problem.of("error.input.expectedInstantAfternoon"));
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
            throw ApiError.badInput(field, Problem.of("error.input.expected", expected));
        }
    }

    public static LocalDate inRange(LocalDate date, String field) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw ApiError.badInput(field, Problem.of("error.input.betweenDates", EARLIEST, LATEST));
        }
        return date;
    }
}
