package io.backstop.core.replay;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Staff;
import io.backstop.core.staff.StaffException;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A department, its calendar and policy, absences and a stream of tracker events between {@code start} and
 * {@code until}, checked whole before anything runs.
 */
public record Scenario(Instant start, Instant until, Duration tick, WorkCalendar calendar, ResponsePolicy policy,
                       List<Person> people, List<Absence> absences, List<ScenarioEvent> events) {

    /** A replay covers days to years; a century is a typo, and it keeps nanosecond tick arithmetic exact. */
    private static final long MAX_SPAN_DAYS = 36_600;

    public Scenario {
        people = List.copyOf(people);
        absences = List.copyOf(absences);
        events = List.copyOf(events);
        validate(start, until, tick, people, absences, events);
    }

    public Staff staff() {
        return new Staff(people);
    }

    private static void validate(Instant start, Instant until, Duration tick, List<Person> people,
                                 List<Absence> absences, List<ScenarioEvent> events) {
        if (until.isBefore(start)) {
            throw new InvalidFieldException("until", Problem.of("error.scenario.endsBeforeStart"));
        }
        if (Duration.between(start, until).toDays() > MAX_SPAN_DAYS) {
            throw new InvalidFieldException("until", Problem.of("error.scenario.moreDaysAfter", MAX_SPAN_DAYS));
        }
        if (tick.isNegative() || tick.isZero()) {
            throw new InvalidFieldException("tick", Problem.of("error.scenario.positiveDuration"));
        }
        validatePeople(people);
        Set<String> names = new HashSet<>();
        people.forEach(person -> names.add(person.name()));
        for (int i = 0; i < absences.size(); i++) {
            Absence absence = absences.get(i);
            if (!names.contains(absence.person())) {
                throw new InvalidFieldException("absences[" + i + "].person", Problem.of("error.input.unknownPerson",
                        absence.person()));
            }
        }
        validateEvents(start, until, events, names);
    }

    private static void validatePeople(List<Person> people) {
        try {
            Staff.check(people);
        } catch (StaffException e) {
            throw new InvalidFieldException("people" + e.path(), e.problem());
        }
    }

    private static void validateEvents(Instant start, Instant until, List<ScenarioEvent> events, Set<String> names) {
        Map<String, Integer> createdAt = new HashMap<>();
        Instant previous = start;
        for (int i = 0; i < events.size(); i++) {
            ScenarioEvent event = events.get(i);
            String at = "events[" + i + "]";
            if (event.at().isBefore(start) || event.at().isAfter(until)) {
                throw new InvalidFieldException(at + ".at", Problem.of("error.scenario.liesOutsideStart"));
            }
            if (event.at().isBefore(previous)) {
                throw new InvalidFieldException(at + ".at", Problem.of("error.scenario.earlierEventBefore"));
            }
            previous = event.at();
            if (event.issue().isBlank()) {
                throw new InvalidFieldException(at + ".issue", Problem.of("error.input.blank"));
            }
            switch (event.type()) {
                case CREATED -> {
                    Integer earlier = createdAt.putIfAbsent(event.issue(), i);
                    if (earlier != null) {
                        throw new InvalidFieldException(at + ".issue",
                                Problem.of("error.scenario.wasAlreadyCreated", event.issue(), earlier));
                    }
                    requirePerson(event.owner(), at + ".owner", names);
                }
                case STAFF_REPLY -> {
                    requireCreated(event, at, createdAt);
                    requirePerson(event.by(), at + ".by", names);
                    if (event.reply().promise() != null && !event.reply().promise().isAfter(event.at())) {
                        throw new InvalidFieldException(at + ".promise", Problem.of("error.scenario.afterReply"));
                    }
                }
                case CLIENT_MESSAGE, RESOLVED -> requireCreated(event, at, createdAt);
            }
        }
    }

    private static void requireCreated(ScenarioEvent event, String at, Map<String, Integer> createdAt) {
        if (!createdAt.containsKey(event.issue())) {
            throw new InvalidFieldException(at + ".issue", Problem.of("error.scenario.unknownIssueCreated",
                    event.issue()));
        }
    }

    private static void requirePerson(String name, String field, Set<String> names) {
        if (name == null) {
            throw new InvalidFieldException(field, Problem.of("error.input.required"));
        }
        if (!names.contains(name)) {
            throw new InvalidFieldException(field, Problem.of("error.input.unknownPerson", name));
        }
    }
}
