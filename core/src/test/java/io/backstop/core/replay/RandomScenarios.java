package io.backstop.core.replay;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.sla.Goal;
import io.backstop.core.sla.GoalOverride;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Random valid scenarios for property tests: a small department, a random week (sometimes across a DST change),
 * holidays, goals, absences that often touch, overlap or straddle start and until, and an event stream sorted in
 * time within [start, until] that names only known people and issues. Instants lie on whole minutes and cluster on
 * a 15-minute grid so that events, ticks and absence boundaries often coincide. Reproducible from a seed.
 *
 * <p>Version 2 of the rules: {@code BUSY} absences among the others; people with {@code coversFrom} before, inside
 * or after the run; holding replies with and without a named promise (strictly after the reply, sometimes on a
 * non-working day or outside working hours, sometimes after until); {@code remindBefore} absent, zero, below or
 * above {@code respondWithin}; {@code answerWithin} in the policy and in goals.
 */
public final class RandomScenarios {

    /** The kinds other than {@code BUSY}, which is drawn more often than they are (rule 12). */
    private static final AbsenceKind[] LEAVE_KINDS = {AbsenceKind.VACATION, AbsenceKind.SICK, AbsenceKind.TIME_OFF,
            AbsenceKind.STUDY};
    private static final int[] ANSWER_WITHIN = {15, 30, 60, 120, 240, 480};

    private static final List<String> ZONES = List.of("Europe/Moscow", "Europe/Berlin", "UTC", "America/New_York");
    /** Around ordinary weeks and DST changes (Berlin 2026-03-29 and 2026-10-25, New York 2026-03-08 and 11-01). */
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 3, 27),
            LocalDate.of(2026, 10, 23), LocalDate.of(2026, 3, 6), LocalDate.of(2026, 10, 30),
            LocalDate.of(2026, 12, 30));
    /** The zone that usually goes with each date, so that DST changes fall inside many runs. */
    private static final List<String> DATE_ZONES = List.of("Europe/Moscow", "Europe/Berlin", "Europe/Berlin",
            "America/New_York", "America/New_York", "UTC");
    private static final int[] TICKS = {1, 5, 7, 15, 15, 30, 60, 90};
    private static final int[] QUEUE_AFTER = {0, 15, 30, 60, 120};
    private static final int[] RESPOND_WITHIN = {0, 15, 30, 60, 60, 120, 240, 480};
    private static final List<String> TYPES = List.of("Complaint", "Request", "Report");
    private static final List<String> PRIORITIES = List.of("High", "Low");

    public record Generated(long seed, Scenario scenario, BruteCalendar calendar, String description) {
    }

    private final Random r;
    private ZoneId zone;
    private Instant start;
    private Instant until;
    private Duration tick;
    private Map<DayOfWeek, List<int[]>> scenarioWeek;
    private Set<LocalDate> scenarioHolidays;

    private RandomScenarios(long seed) {
        this.r = new Random(seed);
    }

    public static Generated generate(long seed) {
        return new RandomScenarios(seed).build(seed);
    }

    private Generated build(long seed) {
        int which = r.nextInt(DATES.size());
        zone = ZoneId.of(r.nextInt(10) < 7 ? DATE_ZONES.get(which) : pick(ZONES));
        LocalDate date = DATES.get(which).plusDays(r.nextInt(3));
        start = ZonedDateTime.of(date, LocalTime.of(r.nextInt(24), 15 * r.nextInt(4)), zone).toInstant();
        until = start.plus(Duration.ofMinutes(15L * (24 + r.nextInt(360))));
        tick = Duration.ofMinutes(TICKS[r.nextInt(TICKS.length)]);

        Map<DayOfWeek, List<int[]>> week = week();
        Set<LocalDate> holidays = new TreeSet<>();
        scenarioWeek = week;
        scenarioHolidays = holidays;
        LocalDate first = start.atZone(zone).toLocalDate();
        long days = Duration.between(start, until).toDays() + 4;
        for (int i = r.nextInt(3); i > 0; i--) {
            holidays.add(first.plusDays(r.nextInt((int) days + 1) - 1));
        }
        Map<DayOfWeek, List<DailyInterval>> engineWeek = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, intervals) -> engineWeek.put(day,
                intervals.stream().map(iv -> new DailyInterval(iv[0] * 60, iv[1] * 60)).toList()));
        WorkCalendar calendar = new WorkCalendar(zone, engineWeek, holidays);

        List<GoalOverride> overrides = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            overrides.add(new GoalOverride(subset(TYPES, 2), subset(PRIORITIES, 1),
                    r.nextBoolean() ? Optional.of(minutes(QUEUE_AFTER)) : Optional.empty(),
                    r.nextBoolean() ? Optional.of(minutes(RESPOND_WITHIN)) : Optional.empty(),
                    r.nextInt(3) == 0 ? Optional.of(minutes(ANSWER_WITHIN)) : Optional.empty()));
        }
        Duration respondWithin = minutes(RESPOND_WITHIN);
        Duration answerWithin = r.nextInt(3) == 0 ? Goal.DEFAULT_ANSWER_WITHIN : minutes(ANSWER_WITHIN);
        ResponsePolicy policy = new ResponsePolicy(new Goal(minutes(QUEUE_AFTER), respondWithin, answerWithin),
                r.nextInt(5) != 0, overrides, remindBefore(respondWithin));

        List<Person> people = people();
        List<String> names = people.stream().map(Person::name).toList();
        List<String> managers = people.stream()
                .filter(p -> p.role() == Role.MANAGER || p.role() == Role.OFFICE_MANAGER).map(Person::name).toList();
        List<Absence> absences = absences(names);
        List<ScenarioEvent> events = events(names, managers);

        Scenario scenario = new Scenario(start, until, tick, calendar, policy, people, absences, events);
        BruteCalendar brute = new BruteCalendar(zone, week, holidays, start);
        return new Generated(seed, scenario, brute, ScenarioText.describe(seed, scenario, week, holidays));
    }

    // ---- calendar -----------------------------------------------------------------------------------------------

    /**
     * Boundaries in minutes of the day: whole hours 0..24 and half hours, except 01:30 and 02:30, which lie inside
     * the DST gaps and overlaps of the zones used (there "local time of day in the interval" and "the interval's
     * ends turned into instants" differ, and BruteCalendar implements the former).
     */
    private int boundary() {
        while (true) {
            int half = r.nextInt(49); // 0 .. 48 half hours
            if (half != 3 && half != 5) {
                return half * 30;
            }
        }
    }

    private Map<DayOfWeek, List<int[]>> week() {
        Map<DayOfWeek, List<int[]>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (r.nextInt(10) < 3) {
                continue;
            }
            List<int[]> intervals = new ArrayList<>();
            if (r.nextInt(3) == 0) {
                intervals.add(new int[] {9 * 60, 18 * 60});
            }
            for (int n = 1 + r.nextInt(2); n > 0; n--) {
                int a = boundary();
                int b = boundary();
                if (a != b) {
                    intervals.add(new int[] {Math.min(a, b), Math.max(a, b)});
                }
            }
            if (!intervals.isEmpty()) {
                week.put(day, intervals);
            }
        }
        if (week.isEmpty()) {
            week.put(DayOfWeek.MONDAY, List.of(new int[] {9 * 60, 18 * 60}));
        }
        return week;
    }

    /** None, zero, below respondWithin (when it is not zero) or above it, on whole minutes. */
    private Optional<Duration> remindBefore(Duration respondWithin) {
        int kind = r.nextInt(10);
        long within = respondWithin.toMinutes();
        if (kind < 2) {
            return Optional.empty();
        } else if (kind < 3) {
            return Optional.of(Duration.ZERO);
        } else if (kind < 7 && within > 1) {
            return Optional.of(Duration.ofMinutes(1 + r.nextInt((int) within - 1)));
        }
        return Optional.of(Duration.ofMinutes(within + 1 + r.nextInt(240)));
    }

    // ---- people -------------------------------------------------------------------------------------------------

    private List<Person> people() {
        List<String> names = new ArrayList<>(List.of("head", "op"));
        List<Role> roles = new ArrayList<>(List.of(Role.HEAD, Role.OPERATOR));
        if (r.nextInt(3) == 0) {
            names.add("head2");
            roles.add(Role.HEAD);
        }
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
            names.add("m" + i);
            roles.add(Role.MANAGER);
        }
        if (r.nextBoolean()) {
            names.add("om");
            roles.add(Role.OFFICE_MANAGER);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, r);
        List<Person> people = new ArrayList<>();
        for (int i : order) {
            List<String> others = new ArrayList<>(names);
            others.remove(names.get(i));
            Collections.shuffle(others, r);
            people.add(new Person(names.get(i), roles.get(i), others.subList(0, r.nextInt(3)),
                    coversFrom(roles.get(i))));
        }
        return people;
    }

    /** Rule 13: often a manager's, rarely the operator's or a head's; before start, inside the run, or after it. */
    private Instant coversFrom(Role role) {
        boolean manager = role == Role.MANAGER || role == Role.OFFICE_MANAGER;
        if (r.nextInt(manager ? 3 : 10) != 0) {
            return null;
        }
        return switch (r.nextInt(3)) {
            case 0 -> start.minus(Duration.ofMinutes(r.nextInt(3 * 24 * 60)));
            case 1 -> instantIn(start, until);
            default -> until.plus(Duration.ofMinutes(1 + r.nextInt(30 * 24 * 60)));
        };
    }

    // ---- instants -----------------------------------------------------------------------------------------------

    /** An instant in [from, to], usually on the 15-minute grid from start, sometimes any whole minute. */
    private Instant instantIn(Instant from, Instant to) {
        long minutes = Duration.between(from, to).toMinutes();
        if (minutes <= 0) {
            return from;
        }
        if (r.nextInt(10) < 7) {
            long fromGrid = Math.floorDiv(Duration.between(start, from).toMinutes() + 14, 15);
            long toGrid = Math.floorDiv(Duration.between(start, to).toMinutes(), 15);
            if (toGrid >= fromGrid) {
                return start.plus(Duration.ofMinutes(15 * (fromGrid + (long) r.nextInt((int) (toGrid - fromGrid + 1)))));
            }
        }
        return from.plus(Duration.ofMinutes(r.nextInt((int) minutes + 1)));
    }

    private List<Absence> absences(List<String> names) {
        List<Absence> absences = new ArrayList<>();
        Instant early = start.minus(Duration.ofDays(1));
        Instant late = until.plus(Duration.ofDays(1));
        for (int i = r.nextInt(9); i > 0; i--) {
            String person = pick(names);
            Instant from;
            int kind = r.nextInt(10);
            Optional<Absence> earlier = absences.stream().filter(a -> a.person().equals(person)).findFirst();
            if (kind < 2 && earlier.isPresent()) {
                from = earlier.get().to();                       // adjacent
            } else if (kind < 3 && earlier.isPresent()) {
                from = instantIn(earlier.get().from(), earlier.get().to()); // overlapping or nested
            } else if (kind < 4) {
                from = instantIn(early, start);                  // in force at start
            } else {
                from = instantIn(start, until);
            }
            Instant to;
            int length = r.nextInt(10);
            if (length == 0) {
                to = from;                                       // empty
            } else if (length < 7) {
                to = instantIn(from, from.plus(Duration.ofHours(1 + r.nextInt(12))));
            } else {
                to = instantIn(from, late);
            }
            AbsenceKind absenceKind = r.nextInt(10) < 4 ? AbsenceKind.BUSY : LEAVE_KINDS[r.nextInt(LEAVE_KINDS.length)];
            absences.add(new Absence(person, from, to, absenceKind));
        }
        Collections.shuffle(absences, r);
        return absences;
    }

    private record Draft(ScenarioEvent event, double order) {
    }

    private List<ScenarioEvent> events(List<String> names, List<String> managers) {
        List<Draft> drafts = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (int n = 1 + r.nextInt(6); keys.size() < n; ) {
            keys.add((r.nextInt(4) == 0 ? "ADM-" : "WEB-") + (1 + r.nextInt(12)));
        }
        for (String key : keys) {
            Instant created = instantIn(start, until);
            double createdOrder = r.nextDouble();
            String owner = r.nextInt(10) < 7 && !managers.isEmpty() ? pick(managers) : pick(names);
            drafts.add(new Draft(ScenarioEvent.created(created, key, owner,
                    r.nextInt(10) < 3 ? null : pick(TYPES), r.nextInt(10) < 3 ? null : pick(PRIORITIES)),
                    createdOrder));
            if (r.nextInt(4) == 0) {
                promiseStory(drafts, key, created, createdOrder, names);
                continue;
            }
            for (int i = r.nextInt(7); i > 0; i--) {
                Instant at = r.nextInt(6) == 0 ? created : instantIn(created, until);
                int what = r.nextInt(24);
                ScenarioEvent event = what < 9 ? ScenarioEvent.clientMessage(at, key)
                        : what < 15 ? ScenarioEvent.staffReply(at, key, pick(names))
                        : what < 21 ? ScenarioEvent.holdingReply(at, key, pick(names), promise(at))
                        : ScenarioEvent.resolved(at, key);
                // after its CREATED when at the same instant, anywhere among other issues' events
                drafts.add(new Draft(event, createdOrder + (1 - createdOrder) * r.nextDouble() + 1e-9));
                Instant promised = event.reply().promise();
                if (promised != null && r.nextBoolean()) {
                    // near the promise's due time: exactly at it, or a little late, often before the next tick
                    Instant near = promised.plus(Duration.ofMinutes(r.nextInt(4) == 0 ? 0
                            : 1 + r.nextInt((int) Math.max(tick.toMinutes(), 15))));
                    if (!near.isAfter(until)) {
                        int then = r.nextInt(5);
                        drafts.add(new Draft(then < 2 ? ScenarioEvent.resolved(near, key)
                                : then == 2 ? ScenarioEvent.holdingReply(near, key, pick(names), promise(near))
                                : ScenarioEvent.staffReply(near, key, pick(names)),
                                createdOrder + (1 - createdOrder) * r.nextDouble() + 1e-9));
                    }
                }
            }
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.event().at()).thenComparingDouble(Draft::order));
        return drafts.stream().map(Draft::event).toList();
    }

    /**
     * An issue whose promise meets its due time: a holding reply with a promise a few hours off the grid, maybe a
     * client message, and nothing else until a reply or the resolution at the due time or a little after it (often
     * between the due time and the next tick, where the late event and not the tick breaks the promise).
     */
    private void promiseStory(List<Draft> drafts, String key, Instant created, double order, List<String> names) {
        Instant held = instantIn(created, until);
        Instant due = held.plus(Duration.ofMinutes(1 + r.nextInt(240)));
        drafts.add(new Draft(ScenarioEvent.holdingReply(held, key, pick(names), due), order + 1e-6));
        if (r.nextBoolean()) {
            drafts.add(new Draft(ScenarioEvent.clientMessage(instantIn(held, due.isAfter(until) ? until : due), key), order + 2e-6));
        }
        Instant near = due.plus(Duration.ofMinutes(r.nextInt(4) == 0 ? 0
                : 1 + r.nextInt((int) Math.max(tick.toMinutes(), 15))));
        if (!near.isAfter(until)) {
            int then = r.nextInt(5);
            drafts.add(new Draft(then < 2 ? ScenarioEvent.resolved(near, key)
                    : then == 2 ? ScenarioEvent.holdingReply(near, key, pick(names), promise(near))
                    : ScenarioEvent.staffReply(near, key, pick(names)), order + 3e-6));
        }
    }

    /**
     * A holding reply's promise: none (due after answerWithin), or strictly after the reply: soon, on a later day's
     * grid, on a day with no working time (weekend or holiday), or at a time of day outside working hours.
     */
    private Instant promise(Instant reply) {
        int kind = r.nextInt(10);
        Instant named;
        if (kind < 3) {
            return null;
        } else if (kind < 5) {
            named = reply.plus(Duration.ofMinutes(1 + r.nextInt(240)));
        } else if (kind < 7) {
            named = reply.plus(Duration.ofMinutes(15L * (1 + r.nextInt(4 * 72))));
        } else if (kind < 9) {
            named = onIdleDay(reply, kind == 7);
        } else {
            named = reply.plus(Duration.ofMinutes(1 + r.nextInt(3 * 24 * 60)));
        }
        return named.isAfter(reply) ? named : reply.plus(Duration.ofMinutes(1 + r.nextInt(60)));
    }

    /** A whole quarter hour on a later local day with no working time at all, or outside its working hours. */
    private Instant onIdleDay(Instant reply, boolean wholeDay) {
        LocalDate day = reply.atZone(zone).toLocalDate();
        for (int tries = 0; tries < 40; tries++) {
            LocalDate candidate = day.plusDays(r.nextInt(10));
            LocalTime time = LocalTime.of(r.nextInt(24), 15 * r.nextInt(4));
            Instant at = ZonedDateTime.of(candidate, time, zone).toInstant();
            boolean working = !scenarioHolidays.contains(candidate) && scenarioWeek.getOrDefault(
                    candidate.getDayOfWeek(), List.of()).stream().anyMatch(iv -> iv[0] < iv[1]);
            boolean inHours = working && scenarioWeek.get(candidate.getDayOfWeek()).stream()
                    .anyMatch(iv -> iv[0] <= time.getHour() * 60 + time.getMinute()
                            && time.getHour() * 60 + time.getMinute() < iv[1]);
            if (at.isAfter(reply) && (wholeDay ? !working : !inHours)) {
                return at;
            }
        }
        return reply.plus(Duration.ofMinutes(15));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private <T> T pick(List<T> list) {
        return list.get(r.nextInt(list.size()));
    }

    private Duration minutes(int[] choices) {
        return Duration.ofMinutes(choices[r.nextInt(choices.length)]);
    }

    private List<String> subset(List<String> from, int max) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, r);
        return List.copyOf(copy.subList(0, r.nextInt(max + 1)));
    }
}
