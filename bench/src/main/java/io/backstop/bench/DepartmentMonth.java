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
 *
 * <p>Shape {@value #TODAY} uses none of rules 11-14. Shape {@value #V2} is the same month (the same events at the same
 * instants, drawn from the same seed) with them in use: the policy reminds one working hour before the due time; one
 * staff reply in five that does not close the issue is a holding reply, half of them naming a promise (the end of
 * the working day one to three days later), the others promising the goal's {@code answerWithin}; the managers are
 * {@code BUSY} at a weekly team meeting (Mondays 10:00-11:00) and a weekly call each (15:00-16:30, a different weekday
 * per manager), 48 BUSY absences; and a newcomer, {@value #NEWCOMER}, m6's first deputy, covers only from 19 May.
 * Shape {@value #V2_NO_BUSY} is {@value #V2} without the BUSY absences.
 */
final class DepartmentMonth {

    static final int ISSUES = 300;
    static final String TODAY = "today";
    static final String V2 = "v2";
    /** Version 2 without its BUSY absences: to tell their cost from the rest's. */
    static final String V2_NO_BUSY = "v2-no-busy";
    static final String NEWCOMER = "m7";
    static final Instant COVERS_FROM = at(2025, 5, 19, 0, 0);
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
        return generate(seed, issues, TODAY);
    }

    static Scenario generate(long seed, int issues, String shape) {
        if (!List.of(TODAY, V2, V2_NO_BUSY).contains(shape)) {
            throw new IllegalArgumentException("shape: " + TODAY + ", " + V2 + " or " + V2_NO_BUSY);
        }
        boolean v2 = !shape.equals(TODAY);
        SplittableRandom random = new SplittableRandom(seed);
        ResponsePolicy policy = new ResponsePolicy(new Goal(Duration.ofMinutes(30), Duration.ofHours(8)), true,
                List.of(new GoalOverride(List.of("Complaint"), List.of(),
                        Optional.of(Duration.ofMinutes(10)), Optional.of(Duration.ofHours(2)))),
                v2 ? Optional.of(Duration.ofHours(1)) : Optional.empty());
        // Holding replies are drawn apart, so that both shapes have the same events at the same instants.
        SplittableRandom holding = v2 ? new SplittableRandom(seed + 1) : null;
        return new Scenario(START, UNTIL, TICK, Fixtures.moscowCalendar(), policy, v2 ? peopleV2() : people(),
                shape.equals(V2) ? absencesV2() : absences(), events(random, issues, holding));
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

    /** {@link #people()} and the newcomer, m6's first deputy, who covers only from {@link #COVERS_FROM}. */
    static List<Person> peopleV2() {
        List<Person> people = new ArrayList<>(people());
        people.replaceAll(person -> person.name().equals("m6")
                ? new Person("m6", Role.MANAGER, List.of(NEWCOMER, "m1")) : person);
        people.add(new Person(NEWCOMER, Role.MANAGER, List.of("m1"), COVERS_FROM));
        return people;
    }

    /** {@link #absences()} and, each week, the managers' team meeting and a call each: BUSY (rule 12). */
    static List<Absence> absencesV2() {
        List<Absence> absences = new ArrayList<>(absences());
        for (int monday : new int[] {5, 12, 19, 26}) {
            for (int i = 0; i < MANAGERS.size(); i++) {
                absences.add(new Absence(MANAGERS.get(i), at(2025, 5, monday, 10, 0), at(2025, 5, monday, 11, 0),
                        AbsenceKind.BUSY));
                int day = monday + 1 + i % 4;
                absences.add(new Absence(MANAGERS.get(i), at(2025, 5, day, 15, 0), at(2025, 5, day, 16, 30),
                        AbsenceKind.BUSY));
            }
        }
        return absences;
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
     * milliseconds, as a tracker reports them. With {@code holding} (shape v2), a reply of a round may be a holding one.
     */
    static List<ScenarioEvent> events(SplittableRandom random, int issues, SplittableRandom holding) {
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
                    events.add(reply(t, issue, replier(random, owner), holding));
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

    /**
     * An answer; with {@code holding}, one time in five a holding reply, half of those promising the end of the
     * working day (18:00) one to three days later, the others the goal's {@code answerWithin}.
     */
    private static ScenarioEvent reply(Instant t, String issue, String by, SplittableRandom holding) {
        if (holding == null || holding.nextInt(5) != 0) {
            return ScenarioEvent.staffReply(t, issue, by);
        }
        Instant named = null;
        if (holding.nextBoolean()) {
            named = t.atZone(Fixtures.MOSCOW).toLocalDate().plusDays(1 + holding.nextInt(3)).atTime(18, 0)
                    .atZone(Fixtures.MOSCOW).toInstant();
        }
        return ScenarioEvent.holdingReply(t, issue, by, named);
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
