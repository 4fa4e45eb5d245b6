package io.backstop.app.results.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.rest.Json;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Problem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;

/**
 * The results resources' parameters: periods are dates {@code from}..{@code to}, both counted, this month by
 * default; months such as 2026-11; ids; json or csv. Each failure names its parameter.
 */
public final class ResultsParams {

    /** The longest period a results read covers: three years. */
    public static final int MAX_PERIOD_DAYS = 1096;

    private final Clock clock;
    private final Supplier<ZoneId> zone;

    public ResultsParams(Clock clock, Supplier<ZoneId> zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return clock.instant().atZone(zone.get()).toLocalDate();
    }

    /** {@code from}..{@code to}, both counted; this month to today by default. */
    public LocalDate[] period(String from, String to) {
        LocalDate end = to == null || to.isBlank() ? today() : date(to, "to");
        LocalDate start = from == null || from.isBlank() ? end.withDayOfMonth(1) : date(from, "from");
        if (end.isBefore(start)) {
            throw ApiError.badInput("to", Problem.of("error.input.beforeFrom2"));
        }
        if (start.plusDays(MAX_PERIOD_DAYS).isBefore(end)) {
            // every day of the period is a row: a century-long one would keep the server busy for nothing
            throw ApiError.badInput("from", Problem.of("error.results.periodMostDays", MAX_PERIOD_DAYS));
        }
        return new LocalDate[] {start, end};
    }

    public Instant[] instants(LocalDate[] period) {
        ZoneId in = zone.get();
        return new Instant[] {period[0].atStartOfDay(in).toInstant(), period[1].plusDays(1).atStartOfDay(in).toInstant()};
    }

    /** The month asked, this month by default. */
    public YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.from(today());
        }
        YearMonth which;
        try {
            which = YearMonth.parse(month.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.badInput("month", Problem.of("error.input.expectedMonth"));
        }
        Fields.inRange(which.atDay(1), "month");
        return which;
    }

    public static LocalDate date(String value, String name) {
        try {
            return Fields.inRange(LocalDate.parse(value.trim()), name);
        } catch (DateTimeParseException e) {
            throw ApiError.badInput(name, Problem.of("error.input.expectedDate"));
        }
    }

    public static int id(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiError.badInput("id", Problem.of("error.input.number"));
        }
    }

    public static boolean csv(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return false;
        }
        if (format.equalsIgnoreCase("csv")) {
            return true;
        }
        throw ApiError.badInput("format", Problem.of("error.input.expectedJsonCsv"));
    }

    public static String required(JsonNode request, String field) {
        return Fields.text(request, field).orElseThrow(() -> ApiError.badInput(field,
                Problem.of("error.input.required")));
    }

    public static ObjectNode periodNode(LocalDate[] period) {
        return Json.MAPPER.createObjectNode().put("from", period[0].toString()).put("to", period[1].toString());
    }

    /** Records about someone else are for administrators and the head. */
    public static void ownOrHead(Caller caller, String person, Problem problem) {
        if (!caller.admin() && !caller.is(Role.HEAD) && !person.equals(caller.name())) {
            throw ApiError.forbidden(problem);
        }
    }
}
