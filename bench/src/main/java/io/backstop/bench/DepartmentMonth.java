package io.backstop.bench;

import io.backstop.core.replay.Scenario;
import io.backstop.core.replay.ScenarioEvent;
import io.backstop.core.sla.Goal;
import io.backstop.core.sla.GoalOverride;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A generated month (May 2025, Moscow) of an order-support department: a head, an operator, an office manager and
 * six managers, each with two deputies; a vacation, sick days, time off and a study day; and (by default)
 * {@value #ISSUES} issues created across the month, each with a conversation of client messages and staff replies,
 * most of them resolved. Same seed, same scenario.
 */
final class DepartmentMonth {

    static final int ISSUES = 300;
    static final Instant START = at(2025, 5, 1, 0, 0);
    static final Instant UNTIL = at(2025, 6, 1, 0, 0);
    static final Duration TICK = Duration.ofMinutes(1);
    static final List<String> MANAGERS = List.of("m1", "m2", "m3", "m4", "m5", "m6");
    private static final String[] TYPES = {"Question", "Question", "Order", "Order", "Delivery", "Complaint"};
    private static final String[] PRIORITIES = {"Low", "Medium", "Medium", "High"};

    private DepartmentMonth() {
    }

    static Scenario generate(long seed) {
        return generate(seed, ISSUES);
    }

    static Scenario generate(long seed, int issues) {
        SplittableRandom random = new SplittableRandom(seed);
        ResponsePolicy policy = new ResponsePolicy(new Goal(Duration.ofMinutes(30), Duration.ofHours(8)), true,
                List.of(new GoalOverride(List.of("Complaint"), List.of(),
                        Optional.of(Duration.ofMinutes(10)), Optional.of(Duration.ofHours(2)))));
        return new Scenario(START, UNTIL, TICK, Fixtures.moscowCalendar(), policy, people(), absences(),
                events(random, issues));
    }

    static List<Person> people() {
        List<Person> people = new ArrayList<>();
        people.add(new Person("head", Role.HEAD));
        people.add(new Person("operator", Role.OPERATOR, List.of("office")));
        people.add(new Person("office", Role.OFFICE_MANAGER));
        for (int i = 0; i < MANAGERS.size(); i++) {
            people.add(new Person(MANAGERS.get(i), Role.MANAGER,
                    List.of(MANAGERS.get((i + 1) % MANAGERS.size()), MANAGERS.get((i + 2) % MANAGERS.size()))));
        }
        return people;
    }

    static List<Absence> absences() {
        return List.of(
                new Absence("m4", at(2025, 5, 5, 0, 0), at(2025, 5, 8, 0, 0), AbsenceKind.SICK),
                new Absence("m2", at(2025, 5, 12, 0, 0), at(2025, 5, 24, 0, 0), AbsenceKind.VACATION),
                new Absence("m3", at(2025, 5, 14, 9, 0), at(2025, 5, 15, 18, 0), AbsenceKind.STUDY),
                new Absence("operator", at(2025, 5, 15, 0, 0), at(2025, 5, 17, 0, 0), AbsenceKind.SICK),
                new Absence("m5", at(2025, 5, 20, 0, 0), at(2025, 5, 21, 0, 0), AbsenceKind.SICK),
                new Absence("m6", at(2025, 5, 27, 14, 0), at(2025, 5, 27, 18, 0), AbsenceKind.TIME_OFF));
    }

    /**
     * Per issue: CREATED at a random instant of the month (four in five during 08:00-19:00 local), then two to
     * five rounds of a staff reply (skipped one time in six: the client writes again unanswered) and a client
     * message, and three times in five a resolution. Gaps are random; events past the month are dropped. Times are in
     * milliseconds, as a tracker reports them.
     */
    static List<ScenarioEvent> events(SplittableRandom random, int issues) {
        List<ScenarioEvent> events = new ArrayList<>();
        long monthMillis = Duration.between(START, UNTIL).toMillis();
        for (int n = 1; n <= issues; n++) {
            String issue = "BS-" + n;
            String owner = MANAGERS.get(random.nextInt(MANAGERS.size()));
            Instant t = createdAt(random, monthMillis);
            events.add(ScenarioEvent.created(t, issue, owner, TYPES[random.nextInt(TYPES.length)],
                    PRIORITIES[random.nextInt(PRIORITIES.length)]));
            int rounds = 2 + random.nextInt(4);
            for (int r = 0; r < rounds; r++) {
                if (random.nextInt(6) != 0) {
                    t = t.plusMillis(millis(random, Duration.ofMinutes(5), Duration.ofHours(12)));
                    events.add(ScenarioEvent.staffReply(t, issue, replier(random, owner)));
                }
                t = t.plusMillis(millis(random, Duration.ofMinutes(10), Duration.ofHours(48)));
                events.add(ScenarioEvent.clientMessage(t, issue));
            }
            if (random.nextInt(5) < 3) {
                t = t.plusMillis(millis(random, Duration.ofMinutes(5), Duration.ofHours(24)));
                events.add(ScenarioEvent.staffReply(t, issue, replier(random, owner)));
                t = t.plusMillis(millis(random, Duration.ofMinutes(1), Duration.ofHours(4)));
                events.add(ScenarioEvent.resolved(t, issue));
            }
        }
        events.removeIf(event -> event.at().isAfter(UNTIL));
        // Stable: an issue's own events are strictly increasing, so its CREATED stays first.
        events.sort(Comparator.comparing(ScenarioEvent::at));
        return events;
    }

    private static Instant createdAt(SplittableRandom random, long monthMillis) {
        if (random.nextInt(5) == 0) {
            return START.plusMillis(random.nextLong(monthMillis));
        }
        long day = random.nextInt(31);
        long inDay = Duration.ofHours(8).toMillis() + random.nextLong(Duration.ofHours(11).toMillis());
        return START.plusMillis(Duration.ofDays(day).toMillis() + inDay);
    }

    /** Usually the owner; sometimes the first deputy or the operator. */
    private static String replier(SplittableRandom random, String owner) {
        int roll = random.nextInt(20);
        if (roll < 15) {
            return owner;
        }
        if (roll < 18) {
            return MANAGERS.get((MANAGERS.indexOf(owner) + 1) % MANAGERS.size());
        }
        return "operator";
    }

    /** Log-uniform between {@code min} and {@code max}: many short gaps, some long ones. */
    private static long millis(SplittableRandom random, Duration min, Duration max) {
        double lo = Math.log(min.toMillis());
        double hi = Math.log(max.toMillis());
        return Math.max(1, Math.round(Math.exp(lo + random.nextDouble() * (hi - lo))));
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(Fixtures.MOSCOW).toInstant();
    }
}
