package io.backstop.sandbox.demo;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.calendar.WorkingSpan;
import io.backstop.core.replay.Scenario;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.Absences;
import io.backstop.core.staff.Presence;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The last {@value #WORKING_DAYS} working days of the demo department, up to {@code now}: what clients and staff
 * did, and who is away. Replayed in order, it leaves the department in a lively present: most issues answered or
 * resolved, several waiting in the operator's queue, a handful past due (two to four forgotten for a day), one
 * manager off sick today and another going on vacation next week, the other two busy at a meeting late this morning.
 *
 * <p>The actions are in time order, all strictly before {@code now}; issues are numbered {@code WEB-1},
 * {@code WEB-2}, ... in creation order; nothing happens on an issue before its creation or after its resolution.
 * The same {@code now}, seed and zone always give the same history.
 *
 * @param start           local midnight {@value #WORKING_DAYS} working days before {@code now}'s day
 * @param clients         the department's clients ({@link DemoClients#generate(long)} with the same seed)
 * @param actions         in time order
 * @param absences        ordered by start; some may lie in the future
 * @param nextIssueNumber the number of the first issue after the history
 * @param openIssues      the issues still open at {@code now}, in creation order
 * @param language        what clients and staff write in
 */
public record DemoHistory(long seed, ZoneId zone, Instant start, Instant now, List<DemoClient> clients,
                          List<DemoAction> actions, List<DemoAbsence> absences, int nextIssueNumber,
                          List<DemoIssue> openIssues, DemoLanguage language) {

    public static final int WORKING_DAYS = 10;

    public DemoHistory {
        clients = List.copyOf(clients);
        actions = List.copyOf(actions);
        absences = List.copyOf(absences);
        openIssues = List.copyOf(openIssues);
    }

    /** The history in Moscow time. */
    public static DemoHistory generate(Instant now, long seed) {
        return generate(now, seed, DemoDepartment.ZONE);
    }

    public static DemoHistory generate(Instant now, long seed, ZoneId zone) {
        return generate(now, seed, zone, DemoLanguage.EN);
    }

    public static DemoHistory generate(Instant now, long seed, ZoneId zone, DemoLanguage language) {
        WorkCalendar calendar = DemoDepartment.calendar(zone);
        List<DemoClient> clients = DemoClients.generate(seed, language);
        Random random = new Random(seed * 0x5DEECE66DL + 11);
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant start = workingDayBefore(calendar, today, WORKING_DAYS).atStartOfDay(zone).toInstant();
        List<DemoAbsence> absences = absences(calendar, zone, today, random);

        DemoTraffic engine = DemoTraffic.start(clients, zone, presence(absences), random, start, language);
        // A few client messages of the last working day or two got lost: past due by now, and in the queue.
        engine.forget(new DemoTraffic.Forgetting(minusWorking(calendar, now, Duration.ofHours(24)),
                minusWorking(calendar, now, Duration.ofHours(9)), minusWorking(calendar, now, Duration.ofHours(12)),
                2, 4, 0.08));
        List<DemoAction> actions = engine.next(start, now);
        return new DemoHistory(seed, zone, start, now, clients, actions, absences, engine.nextIssueNumber(),
                engine.openIssues(), language);
    }

    /** The history as a scenario from {@code start} to {@code now}, for {@code Replay.run} or {@code simulate}. */
    public Scenario toScenario() {
        return new Scenario(start, now, DemoDepartment.TICK, DemoDepartment.calendar(zone), DemoDepartment.policy(),
                DemoDepartment.people(zone, now.atZone(zone).toLocalDate()), absences.stream().map(DemoAbsence::toAbsence).toList(),
                actions.stream().map(DemoAction::toScenarioEvent).toList());
    }

    /** The live traffic that goes on from {@code now}, with this history's clients, open issues and absences. */
    public DemoTraffic traffic(Random random) {
        return DemoTraffic.resume(clients, zone, presence(absences), random, now, nextIssueNumber, openIssues,
                language);
    }

    /** How many issues the history created. */
    public int issueCount() {
        return nextIssueNumber - 1;
    }

    public static Presence presence(List<DemoAbsence> absences) {
        return new Absences(absences.stream().map(DemoAbsence::toAbsence).toList());
    }

    /**
     * One manager off sick today and tomorrow (from midnight, so the morning's messages go to the deputy), another
     * on vacation all next week, the third taking a day off six working days ago, the operator leaving at 15:00
     * for driving school two working days ago, and the office manager taking a morning off four working days ago.
     */
    private static List<DemoAbsence> absences(WorkCalendar calendar, ZoneId zone, LocalDate today, Random random) {
        List<String> managers = new ArrayList<>(DemoDepartment.MANAGERS);
        Collections.shuffle(managers, random);
        List<DemoAbsence> absences = new ArrayList<>();
        absences.add(new DemoAbsence(managers.get(0), midnight(today, zone), midnight(today.plusDays(2), zone),
                AbsenceKind.SICK));
        LocalDate nextMonday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        absences.add(new DemoAbsence(managers.get(1), midnight(nextMonday, zone), midnight(nextMonday.plusDays(5), zone),
                AbsenceKind.VACATION));
        LocalDate drivingDay = workingDayBefore(calendar, today, 2);
        List<WorkingSpan> spans = calendar.workingSpans(drivingDay);
        absences.add(new DemoAbsence(DemoDepartment.OPERATOR, ZonedDateTime.of(drivingDay, LocalTime.of(15, 0), zone)
                .toInstant(), spans.get(spans.size() - 1).end(), AbsenceKind.STUDY));
        LocalDate managerDayOff = workingDayBefore(calendar, today, 6);
        List<WorkingSpan> managerSpans = calendar.workingSpans(managerDayOff);
        absences.add(new DemoAbsence(managers.get(2), managerSpans.get(0).start(),
                managerSpans.get(managerSpans.size() - 1).end(), AbsenceKind.TIME_OFF));
        LocalDate dayOff = workingDayBefore(calendar, today, 4);
        absences.add(new DemoAbsence(DemoDepartment.OFFICE, ZonedDateTime.of(dayOff, LocalTime.of(9, 0), zone)
                .toInstant(), ZonedDateTime.of(dayOff, LocalTime.of(13, 0), zone).toInstant(), AbsenceKind.TIME_OFF));
        absences.addAll(busy(calendar, zone, today, managers));
        absences.sort(Comparator.comparing(DemoAbsence::from));
        return absences;
    }

    /**
     * The managers' busy hours (rule 12: new messages go to the cover, nothing is lost from their present time):
     * a long client call of the two managers at work today, one and three working days ago at 15:00-16:30, and
     * their planning meeting today at 11:00-12:00 when today is a working day.
     *
     * @param managers shuffled; the first is off sick today and has no busy hours
     */
    private static List<DemoAbsence> busy(WorkCalendar calendar, ZoneId zone, LocalDate today, List<String> managers) {
        List<DemoAbsence> busy = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            LocalDate day = workingDayBefore(calendar, today, i == 1 ? 1 : 3);
            busy.add(new DemoAbsence(managers.get(i), ZonedDateTime.of(day, LocalTime.of(15, 0), zone).toInstant(),
                    ZonedDateTime.of(day, LocalTime.of(16, 30), zone).toInstant(), AbsenceKind.BUSY));
            if (!calendar.workingSpans(today).isEmpty()) {
                busy.add(new DemoAbsence(managers.get(i), ZonedDateTime.of(today, LocalTime.of(11, 0), zone)
                        .toInstant(), ZonedDateTime.of(today, LocalTime.of(12, 0), zone).toInstant(),
                        AbsenceKind.BUSY));
            }
        }
        return busy;
    }

    /**
     * The year before the history starts, for the absence report: each member's vacations (mostly handed in a month
     * or two ahead, so planned; one per person handed in a few days ahead, after the schedule deadline), sick
     * spells of one to four days recorded on their first morning, a day off now and then, and the newcomer's
     * driving-school afternoons (leaving at 15:00 on Tuesdays, asked for two days ahead and approved by the head)
     * since her hiring date. Nothing overlaps the history's own absences: all of it ends before {@link #start()}.
     *
     * @param newcomer who was hired on {@code hired}: absent nothing before that
     */
    public List<DemoAbsence> pastYear(String newcomer, LocalDate hired) {
        WorkCalendar calendar = DemoDepartment.calendar(zone);
        Random random = new Random(seed * 31 + 7);
        LocalDate end = start.atZone(zone).toLocalDate();
        LocalDate first = end.minusMonths(12);
        List<DemoAbsence> list = new ArrayList<>();
        List<String> people = new ArrayList<>(DemoDepartment.MANAGERS);
        people.add(DemoDepartment.OPERATOR);
        people.add(DemoDepartment.OFFICE);
        people.add(DemoDepartment.HEAD);
        Map<String, List<Instant[]>> takenBy = new HashMap<>();
        for (String person : people) {
            LocalDate since = person.equals(newcomer) ? hired : first;
            List<Instant[]> taken = takenBy.computeIfAbsent(person, p -> new ArrayList<>());
            if (!person.equals(newcomer)) {
                // two vacations, the second handed in late
                for (int v = 0; v < 2; v++) {
                    LocalDate from = nextWorkingDay(calendar, first.plusDays(40 + v * 150 + random.nextInt(90)));
                    int days = 5 + random.nextInt(6);
                    LocalDate to = from.plusDays(days + days / 5 * 2);
                    Instant handedIn = v == 0
                            ? midnight(from.minusDays(50 + random.nextInt(30)), zone).plusSeconds(11 * 3600)
                            : midnight(from.minusDays(4 + random.nextInt(4)), zone).plusSeconds(16 * 3600);
                    add(list, taken, new DemoAbsence(person, midnight(from, zone), midnight(to, zone),
                            AbsenceKind.VACATION, Optional.of(handedIn), false), end, zone);
                }
            }
            // sick spells, recorded on their first morning
            int spells = 1 + random.nextInt(3);
            for (int i = 0; i < spells; i++) {
                LocalDate from = nextWorkingDay(calendar, since.plusDays(random.nextInt(
                        (int) Math.max(1, ChronoUnit.DAYS.between(since, end)))));
                LocalDate to = from.plusDays(1 + random.nextInt(4));
                add(list, taken, new DemoAbsence(person, midnight(from, zone), midnight(to, zone), AbsenceKind.SICK,
                        Optional.of(midnight(from, zone).plusSeconds(8 * 3600 + 40 * 60)), false), end, zone);
            }
            // a day off, asked for a week ahead
            LocalDate off = nextWorkingDay(calendar, since.plusDays(20 + random.nextInt(30)));
            add(list, taken, new DemoAbsence(person, midnight(off, zone), midnight(off.plusDays(1), zone),
                    AbsenceKind.TIME_OFF, Optional.of(midnight(off.minusDays(7), zone).plusSeconds(10 * 3600)), false),
                    end, zone);
        }
        // the newcomer's driving school: Tuesdays from 15:00 to the end of the day, unless she was away already
        LocalDate tuesday = hired.with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        List<Instant[]> lessons = takenBy.computeIfAbsent(newcomer, p -> new ArrayList<>());
        for (; tuesday.isBefore(end); tuesday = tuesday.plusWeeks(1)) {
            List<WorkingSpan> spans = calendar.workingSpans(tuesday);
            if (spans.isEmpty()) {
                continue;
            }
            Instant from = ZonedDateTime.of(tuesday, LocalTime.of(15, 0), zone).toInstant();
            add(list, lessons, new DemoAbsence(newcomer, from, spans.get(spans.size() - 1).end(), AbsenceKind.STUDY,
                    Optional.of(from.minusSeconds(2 * 86_400L + 5 * 3600)), true), end, zone);
        }
        list.sort(Comparator.comparing(DemoAbsence::from));
        return list;
    }

    /** Adds the absence if it ends before the history starts and overlaps none already taken for the person. */
    private static void add(List<DemoAbsence> list, List<Instant[]> taken, DemoAbsence absence, LocalDate end,
                            ZoneId zone) {
        if (absence.to().isAfter(midnight(end, zone))) {
            return;
        }
        for (Instant[] t : taken) {
            if (absence.from().isBefore(t[1]) && t[0].isBefore(absence.to())) {
                return;
            }
        }
        taken.add(new Instant[] {absence.from(), absence.to()});
        list.add(absence);
    }

    private static LocalDate nextWorkingDay(WorkCalendar calendar, LocalDate day) {
        LocalDate d = day;
        while (calendar.workingSpans(d).isEmpty()) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static Instant midnight(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** The {@code n}-th day before {@code day} that has working time. */
    static LocalDate workingDayBefore(WorkCalendar calendar, LocalDate day, int n) {
        LocalDate date = day;
        for (int found = 0; found < n; ) {
            date = date.minusDays(1);
            if (!calendar.workingSpans(date).isEmpty()) {
                found++;
            }
        }
        return date;
    }

    /** The latest instant {@code u <= t} with {@code working(u, t) == amount}. */
    static Instant minusWorking(WorkCalendar calendar, Instant t, Duration amount) {
        Duration left = amount;
        LocalDate day = t.atZone(calendar.zone()).toLocalDate();
        for (int i = 0; i < 3660; i++, day = day.minusDays(1)) {
            List<WorkingSpan> spans = calendar.workingSpans(day);
            for (int s = spans.size() - 1; s >= 0; s--) {
                WorkingSpan span = spans.get(s);
                Instant end = span.end().isBefore(t) ? span.end() : t;
                if (!end.isAfter(span.start())) {
                    continue;
                }
                Duration available = Duration.between(span.start(), end);
                if (left.compareTo(available) <= 0) {
                    return end.minus(left);
                }
                left = left.minus(available);
            }
        }
        throw new IllegalArgumentException("no working time in the ten years before " + t);
    }
}
