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
import java.time.format.DateTimeFormatter;
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
 */
public final class RandomScenarios {

    /** The kinds the rules of version 1 know; {@code BUSY} (rule 12) is generated with the rules of version 2. */
    private static final AbsenceKind[] LEAVE_KINDS = {AbsenceKind.VACATION, AbsenceKind.SICK, AbsenceKind.TIME_OFF,
            AbsenceKind.STUDY};

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
        Duration tick = Duration.ofMinutes(TICKS[r.nextInt(TICKS.length)]);

        Map<DayOfWeek, List<int[]>> week = week();
        Set<LocalDate> holidays = new TreeSet<>();
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
                    r.nextBoolean() ? Optional.of(minutes(RESPOND_WITHIN)) : Optional.empty()));
        }
        ResponsePolicy policy = new ResponsePolicy(new Goal(minutes(QUEUE_AFTER), minutes(RESPOND_WITHIN)),
                r.nextInt(5) != 0, overrides);

        List<Person> people = people();
        List<String> names = people.stream().map(Person::name).toList();
        List<String> managers = people.stream()
                .filter(p -> p.role() == Role.MANAGER || p.role() == Role.OFFICE_MANAGER).map(Person::name).toList();
        List<Absence> absences = absences(names);
        List<ScenarioEvent> events = events(names, managers);

        Scenario scenario = new Scenario(start, until, tick, calendar, policy, people, absences, events);
        BruteCalendar brute = new BruteCalendar(zone, week, holidays, start);
        return new Generated(seed, scenario, brute, describe(seed, scenario, week, holidays));
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
            people.add(new Person(names.get(i), roles.get(i), others.subList(0, r.nextInt(3))));
        }
        return people;
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
            absences.add(new Absence(person, from, to, LEAVE_KINDS[r.nextInt(LEAVE_KINDS.length)]));
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
            for (int i = r.nextInt(7); i > 0; i--) {
                Instant at = r.nextInt(6) == 0 ? created : instantIn(created, until);
                int what = r.nextInt(20);
                ScenarioEvent event = what < 9 ? ScenarioEvent.clientMessage(at, key)
                        : what < 18 ? ScenarioEvent.staffReply(at, key, pick(names))
                        : ScenarioEvent.resolved(at, key);
                // after its CREATED when at the same instant, anywhere among other issues' events
                drafts.add(new Draft(event, createdOrder + (1 - createdOrder) * r.nextDouble() + 1e-9));
            }
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.event().at()).thenComparingDouble(Draft::order));
        return drafts.stream().map(Draft::event).toList();
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

    // ---- description --------------------------------------------------------------------------------------------

    private String local(Instant at) {
        return at.atZone(zone).format(DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm xxx"));
    }

    private String describe(long seed, Scenario s, Map<DayOfWeek, List<int[]>> week, Set<LocalDate> holidays) {
        StringBuilder out = new StringBuilder("\nseed ").append(seed).append('\n');
        out.append("zone ").append(zone).append(", start ").append(local(s.start())).append(", until ")
                .append(local(s.until())).append(", tick ").append(s.tick()).append('\n');
        week.forEach((day, intervals) -> {
            out.append("  ").append(day).append(':');
            intervals.forEach(iv -> out.append(' ').append(new DailyInterval(iv[0] * 60, iv[1] * 60)));
            out.append('\n');
        });
        out.append("holidays ").append(holidays).append('\n');
        out.append("policy ").append(s.policy().standard()).append(" returnToOwner ")
                .append(s.policy().returnToOwner()).append('\n');
        s.policy().overrides().forEach(o -> out.append("  goal ").append(o).append('\n'));
        s.people().forEach(p -> out.append("  ").append(p.name()).append(' ').append(p.role()).append(' ')
                .append(p.deputies()).append('\n'));
        for (int i = 0; i < s.absences().size(); i++) {
            Absence a = s.absences().get(i);
            out.append("  absences[").append(i).append("] ").append(a.person()).append(' ').append(local(a.from()))
                    .append(" .. ").append(local(a.to())).append('\n');
        }
        for (int i = 0; i < s.events().size(); i++) {
            ScenarioEvent e = s.events().get(i);
            out.append("  events[").append(i).append("] ").append(local(e.at())).append(' ').append(e.type())
                    .append(' ').append(e.issue());
            if (e.owner() != null) {
                out.append(" owner ").append(e.owner()).append(" type ").append(e.issueType()).append(" priority ")
                        .append(e.priority());
            }
            if (e.by() != null) {
                out.append(" by ").append(e.by());
            }
            out.append('\n');
        }
        return out.toString();
    }
}
