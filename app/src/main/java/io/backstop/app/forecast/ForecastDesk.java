package io.backstop.app.forecast;

import io.backstop.app.results.norms.NormsDesk;

import io.backstop.app.settings.SettingsService;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.response.ClockEventStore;
import io.backstop.app.response.ClockStore;
import io.backstop.app.store.EntityStore;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.whatif.Change;
import io.backstop.core.whatif.Comparison;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The head's planning: the capacity forecast (expected work per week against the department's capacity) and
 * what-if replays of a recorded period. See {@code docs/forecast.md} for the model.
 */
public final class ForecastDesk {

    /** The longest what-if period, in days. */
    public static final int MAX_WHAT_IF_DAYS = WhatIfDesk.MAX_DAYS;

    private final SettingsService department;
    private final DemandDesk demand;
    private final AbsenceStore absences;
    private final ClockEventStore events;
    private final ClockStore clocks;

    public ForecastDesk(SettingsService department, NormsDesk norms, EntityStore store) {
        this.department = department;
        this.demand = new DemandDesk(department, norms, store);
        this.absences = new AbsenceStore(store);
        this.events = new ClockEventStore(store);
        this.clocks = new ClockStore(store);
    }

    /** The demand side of planning: the weeks ahead and the head's promotions. */
    public DemandDesk demand() {
        return demand;
    }

    /** The weeks ahead: see {@link DemandDesk}. */
    public DemandDesk.Forecast forecast(LocalDate today, int weeks) {
        return demand.forecast(today, weeks);
    }

    public ZoneId zone() {
        return calendar().zone();
    }

    /** The department's calendar now: its zone, and the working day a typed "1d" is. */
    public WorkCalendar calendar() {
        return department.current().calendar();
    }

    // What-if: its own desk (WhatIfDesk); these stay for the callers of the forecast's desk

    public WhatIfDesk whatIfs() {
        return new WhatIfDesk(department, events, clocks, absences);
    }

    public Comparison whatIf(LocalDate from, LocalDate to, Change change, Instant now) {
        return whatIfs().whatIf(from, to, change, now);
    }
}
