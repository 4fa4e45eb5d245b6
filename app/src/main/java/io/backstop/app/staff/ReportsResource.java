package io.backstop.app.staff;

import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Csv;
import io.backstop.app.rest.Json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.absence.AbsenceFigures;
import io.backstop.core.absence.MonthAbsence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Department reports. The absence report: the head, the office manager (who keeps the timesheets) and
 * administrators see everyone's; a manager or the operator their own.
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    private static final Role[] SEE_ALL = {Role.HEAD, Role.DIRECTOR, Role.OFFICE_MANAGER};

    private final Access access;
    private final AbsenceReportDesk reports;
    private final SettingsService settings;
    private final Clock clock;

    @Inject
    public ReportsResource(Access access, AbsenceReportDesk reports, SettingsService settings, Clock clock) {
        this.access = access;
        this.reports = reports;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The 12 months up to {@code month} ({@code 2026-11}, this month by default) per person, with sums over the
     * last 3, 6 and 12 months; {@code format=csv} gives one row per person and month.
     */
    @GET
    @Path("absences")
    @Produces({MediaType.APPLICATION_JSON, Csv.TYPE})
    public Response absences(@QueryParam("month") String month, @QueryParam("person") String person,
                             @QueryParam("format") String format) {
        Caller caller = access.staff();
        Optional<String> who = Access.scope(caller, person, SEE_ALL);
        boolean csv = csv(format);
        YearMonth last = month(month);
        AbsenceReportDesk.Report report = reports.report(last, who);
        if (csv) {
            StringBuilder out = new StringBuilder("person,month");
            for (AbsenceKind kind : AbsenceKind.absences()) {
                out.append(',').append(kind.name().toLowerCase(Locale.ROOT)).append("_days");
            }
            out.append(",days,planned_days,unplanned_days,undated_days,absent_hours,norm_hours_lost\n");
            for (AbsenceReportDesk.PersonReport p : report.people()) {
                for (MonthAbsence m : p.months()) {
                    out.append(Csv.cell(p.person())).append(',').append(m.month());
                    AbsenceFigures f = m.figures();
                    for (AbsenceKind kind : AbsenceKind.absences()) {
                        out.append(',').append(Json.round(f.days(kind)));
                    }
                    out.append(',').append(Json.round(f.days()))
                            .append(',').append(Json.round(f.plannedDays()))
                            .append(',').append(Json.round(f.unplannedDays()))
                            .append(',').append(Json.round(f.undatedDays()))
                            .append(',').append(Json.round(f.absentHours()))
                            .append(',').append(Json.round(f.normHoursLost())).append('\n');
                }
            }
            return Csv.ok(out.toString(), "absences-" + report.from() + "-" + report.to() + ".csv");
        }
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("from", report.from().toString()).put("to", report.to().toString());
        periods(root.putObject("periods"), report.periods());
        ArrayNode people = root.putArray("people");
        for (AbsenceReportDesk.PersonReport p : report.people()) {
            ObjectNode node = people.addObject().put("person", p.person());
            periods(node.putObject("periods"), p.periods());
            ArrayNode months = node.putArray("months");
            for (MonthAbsence m : p.months()) {
                figures(months.addObject().put("month", m.month().toString()), m.figures());
            }
        }
        return Json.ok(root);
    }

    private static void periods(ObjectNode node, Map<Integer, AbsenceFigures> periods) {
        periods.forEach((months, f) -> figures(node.putObject(Integer.toString(months)), f));
    }

    static ObjectNode figures(ObjectNode node, AbsenceFigures f) {
        ObjectNode kinds = node.putObject("daysByKind");
        for (AbsenceKind kind : AbsenceKind.absences()) {
            kinds.put(kind.name(), Json.round(f.days(kind)));
        }
        return node.put("days", Json.round(f.days()))
                .put("plannedDays", Json.round(f.plannedDays()))
                .put("unplannedDays", Json.round(f.unplannedDays()))
                .put("undatedDays", Json.round(f.undatedDays()))
                .put("absentHours", Json.round(f.absentHours()))
                .put("normHoursLost", Json.round(f.normHoursLost()));
    }

    private YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            return YearMonth.now(clock.withZone(settings.current().calendar().zone()));
        }
        try {
            YearMonth month = YearMonth.parse(value.trim());
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw ApiError.badInput("month", Problem.of("error.input.expectedYearBetween"));
            }
            return month;
        } catch (DateTimeParseException e) {
            throw ApiError.badInput("month", Problem.of("error.input.expectedMonth"));
        }
    }

    private static boolean csv(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return false;
        }
        if (format.equalsIgnoreCase("csv")) {
            return true;
        }
        throw ApiError.badInput("format", Problem.of("error.input.expectedJsonCsv"));
    }
}
