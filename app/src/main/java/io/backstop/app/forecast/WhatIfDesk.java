package io.backstop.app.forecast;

import io.backstop.app.response.ClockEvent;
import io.backstop.app.response.ClockEventKind;
import io.backstop.app.response.ClockEventStore;
import io.backstop.app.response.ClockStore;
import io.backstop.app.response.ReplyDecidedBy;
import io.backstop.app.response.StoredClock;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.staff.StoredAbsence;
import io.backstop.core.replay.Scenario;
import io.backstop.core.replay.ScenarioEvent;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import io.backstop.core.whatif.Change;
import io.backstop.core.whatif.Comparison;
import io.backstop.core.whatif.UnplannedAbsence;
import io.backstop.core.whatif.WhatIf;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The head's what-if: a recorded period replayed as it was and with one change, with who answers and when decided
 * again ({@link WhatIf}); see {@code docs/whatif.md}.
 */
public final class WhatIfDesk {

    /** The longest what-if period, in days. */
    public static final int MAX_DAYS = 62;
    /** How far back the department's unplanned absence rate is read: a year, so every season counts once. */
    public static final int RATE_DAYS = 365;

    private final SettingsService department;
    private final ClockEventStore events;
    private final ClockStore clocks;
    private final AbsenceStore absences;

    WhatIfDesk(SettingsService department, ClockEventStore events, ClockStore clocks, AbsenceStore absences) {
        this.department = department;
        this.events = events;
        this.clocks = clocks;
        this.absences = absences;
    }

    /**
     * Replays {@code [from, to]} (local dates, both counted, up to {@code now}) as recorded and with the change.
     * The scenario holds the issues whose clocks opened in the period, with today's people, calendar and policy
     * and the absences recorded for the period; a new person is away at the department's unplanned rate of the
     * year before {@code now}.
     */
    public Comparison whatIf(LocalDate from, LocalDate to, Change change, Instant now) {
        Check.notNull(from, "from");
        Check.notNull(to, "to");
        Check.notNull(change, "change");
        if (to.isBefore(from)) {
            throw Check.invalid("to", Problem.of("error.input.beforeFrom", from, to));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw Check.invalid("to", Problem.of("error.forecast.whatIfCovers", MAX_DAYS));
        }
        DepartmentSettings current = department.current();
        if (!current.isConfigured()) {
            throw Check.invalid("change", Problem.of("error.forecast.departmentConfiguredYet"));
        }
        ZoneId zone = current.calendar().zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        if (!start.isBefore(now)) {
            throw Check.invalid("from", Problem.of("error.forecast.past", from));
        }
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Instant until = end.isAfter(now) ? now : end;
        Instant yearAgo = now.minus(RATE_DAYS, ChronoUnit.DAYS);
        List<Absence> year = absences.overlapping(yearAgo, now).stream().map(StoredAbsence::absence).toList();
        double rate = UnplannedAbsence.rate(current.calendar(), current.people(), year, yearAgo, now);
        return WhatIf.compare(scenario(current, start, until), change, rate);
    }

    Scenario scenario(DepartmentSettings current, Instant start, Instant until) {
        Set<String> names = new HashSet<>();
        current.people().forEach(p -> names.add(p.name()));
        String head = current.people().stream().filter(p -> p.role() == Role.HEAD).map(Person::name).findFirst()
                .orElseThrow();
        List<ClockEvent> recorded = events.trackerEvents(start, until);
        Set<String> keys = new HashSet<>();
        recorded.forEach(e -> keys.add(e.issue()));
        Map<String, StoredClock> opened = new HashMap<>();
        for (StoredClock c : clocks.ofIssues(keys)) {
            if (!c.createdAt().isBefore(start) && c.createdAt().isBefore(until) && names.contains(c.clock().owner())) {
                opened.put(c.clock().issue(), c);
            }
        }
        Set<String> created = new HashSet<>();
        Set<String> closed = new HashSet<>();
        List<ScenarioEvent> list = new ArrayList<>();
        for (ClockEvent e : recorded) {
            StoredClock clock = opened.get(e.issue());
            if (clock == null || closed.contains(e.issue())) {
                continue;
            }
            if (created.add(e.issue())) {
                // A clock opens with the issue or, for one a staff member opened, with the client's first message.
                list.add(ScenarioEvent.created(e.at(), e.issue(), clock.clock().owner(), clock.clock().issueType(),
                        clock.clock().priority()));
                if (e.kind() == ClockEventKind.CREATED || e.kind() == ClockEventKind.CLIENT_MESSAGE) {
                    continue;
                }
            }
            switch (e.kind()) {
                case CLIENT_MESSAGE -> list.add(ScenarioEvent.clientMessage(e.at(), e.issue()));
                case STAFF_REPLY -> list.add(reply(e, names.contains(e.actor()) ? e.actor() : head));
                case RESOLVED -> {
                    list.add(ScenarioEvent.resolved(e.at(), e.issue()));
                    closed.add(e.issue());
                }
                case REOPENED -> closed.add(e.issue()); // the scenario format has no reopening
                default -> { }
            }
        }
        List<Absence> away = absences.overlapping(start, until).stream().map(StoredAbsence::absence)
                .filter(a -> names.contains(a.person())).toList();
        return new Scenario(start, until, current.tick(), current.calendar(), current.policy(), current.people(),
                away, list);
    }

    /**
     * A reply as the clock counted it: a holding reply opens a promise (its named date is not kept in the row, so
     * the goal's {@code answerWithin} stands for it), any other one is an answer.
     */
    private static ScenarioEvent reply(ClockEvent e, String by) {
        boolean holding = ReplyDecidedBy.read(e.detail())
                .filter(how -> how.how() != ReplyDecidedBy.How.TURNED_OFF).isPresent();
        return holding ? ScenarioEvent.holdingReply(e.at(), e.issue(), by, null)
                : ScenarioEvent.staffReply(e.at(), e.issue(), by);
    }
}
