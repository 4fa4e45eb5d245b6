package io.backstop.sandbox.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.sla.Goal;
import io.backstop.core.sla.GoalOverride;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.core.staff.Staff;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo department of the sandbox: an order-support department in Moscow with a head, an operator, an office
 * manager and three account managers, and the agency's director above them (in no chain: the director reads the
 * complaints log and is the one who may close a complaint about the head). Everything here is a constant;
 * {@link #settingsJson(ZoneId, LocalDate)} gives it as the settings document ({@code {calendar, policy, goals, people, tick,
 * staffGroup, ...}}, the shapes of the scenario file; its notes in Russian, the settings' default).
 */
public final class DemoDepartment {

    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    public static final Duration TICK = Duration.ofMinutes(1);
    public static final String STAFF_GROUP = "backstop-staff";
    /** The Jira project of the client issues: keys are {@code WEB-1}, {@code WEB-2}, ... */
    public static final String PROJECT = "WEB";
    /** The author of every client action (issue creation, client comments). */
    public static final String CLIENT = "client";

    public static final String HEAD = "head";
    public static final String OPERATOR = "operator";
    public static final String OFFICE = "office";
    public static final String IVANOVA = "ivanova";
    public static final String PETROVA = "petrova";
    public static final String SIDOROVA = "sidorova";
    public static final String DIRECTOR = "director";
    /** The account managers, in the order clients are dealt to them. */
    public static final List<String> MANAGERS = List.of(IVANOVA, PETROVA, SIDOROVA);

    public static final String CLIENT_REQUEST = "Client request";
    public static final String CLIENT_REPORT = "Client report";
    public static final String COMPLAINT = "Complaint";
    public static final List<String> ISSUE_TYPES = List.of(CLIENT_REQUEST, CLIENT_REPORT, COMPLAINT);
    public static final List<String> PRIORITIES = List.of("Highest", "High", "Medium", "Low");

    private static final Map<String, String> FULL_NAMES = Map.of(
            HEAD, "Natalia Orlova",
            OPERATOR, "Dmitry Kuznetsov",
            OFFICE, "Svetlana Belova",
            IVANOVA, "Anna Ivanova",
            PETROVA, "Maria Petrova",
            SIDOROVA, "Elena Sidorova",
            DIRECTOR, "Alexei Volkov");
    private static final Map<String, String> FULL_NAMES_RU = Map.of(
            HEAD, "Наталья Орлова",
            OPERATOR, "Дмитрий Кузнецов",
            OFFICE, "Светлана Белова",
            IVANOVA, "Анна Иванова",
            PETROVA, "Мария Петрова",
            SIDOROVA, "Елена Сидорова",
            DIRECTOR, "Алексей Волков");

    /**
     * Non-working public holidays of the Russian Federation (Labour Code art. 112) with the transfers of days off.
     *
     * <p>2026: the Government decree of 24 September 2025 on the transfer of days off in 2026 (as reported when it
     * was signed): Saturday 3 January moves to Friday 9 January and Sunday 4 January to Thursday 31 December, so
     * 1-11 January, 21-23 February, 7-9 March, 1-3 May, 9-11 May, 12-14 June, 4 November and 31 December are off.
     * Statutory dates that fall on a weekend are listed too, for readability; only weekdays change the calendar.
     *
     * <p>2027: the transfer decree was not verified when this was written. Listed are the statutory holidays and
     * the transfers that art. 112 part 2 makes by itself (a holiday on a weekend moves to the next working day):
     * 1 May (Sat) to Monday 3 May, 9 May (Sun) to Monday 10 May, 12 June (Sat) to Monday 14 June. Saturday 2 and
     * Sunday 3 January 2027 are moved by the decree to other dates, unknown here; a draft reported in December 2025
     * made Friday 5 November off against a working Saturday 13 November, which a week-and-holidays calendar could
     * not express anyway. Shortened pre-holiday days are not modelled either.
     */
    public static final List<LocalDate> HOLIDAYS = List.copyOf(holidayList());

    private DemoDepartment() {
    }

    /** The settings document in Moscow time as of today, as JSON text. */
    public static String settingsJson() {
        return settingsJson(ZONE, LocalDate.now(ZONE));
    }

    /**
     * The settings document, as JSON text; {@code zone} is the calendar's zone (the demo uses Moscow), and
     * {@code today} the demo's day (the newcomer covers colleagues from three months after her hiring).
     */
    public static String settingsJson(ZoneId zone, LocalDate today) {
        return settingsNode(zone, today).toPrettyString();
    }

    /** The settings document as a Jackson tree: {@code {calendar, policy, goals, people, tick, staffGroup}}. */
    public static ObjectNode settingsNode(ZoneId zone, LocalDate today) {
        return SettingsDocument.toJson(new DepartmentSettings(calendar(zone), policy(), people(zone, today), TICK,
                STAFF_GROUP));
    }

    /** The day the newcomer, sidorova, was hired: two months and three days before {@code today}. */
    public static LocalDate newcomerHired(LocalDate today) {
        return today.minusMonths(2).minusDays(3);
    }

    /**
     * From when the newcomer may be handed colleagues' clients (rule 13): three months after her hiring, at the
     * start of that day. Until then petrova's issues skip her and go to ivanova.
     */
    public static Instant newcomerCoversFrom(ZoneId zone, LocalDate today) {
        return newcomerHired(today).plusMonths(3).atStartOfDay(zone).toInstant();
    }

    /** Mon-Thu 09:00-13:00, 14:00-18:00; Fri 09:00-13:00, 14:00-17:00; {@link #HOLIDAYS} off. */
    public static WorkCalendar calendar(ZoneId zone) {
        List<DailyInterval> longDay = List.of(DailyInterval.parse("09:00-13:00"), DailyInterval.parse("14:00-18:00"));
        List<DailyInterval> friday = List.of(DailyInterval.parse("09:00-13:00"), DailyInterval.parse("14:00-17:00"));
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            week.put(day, longDay);
        }
        week.put(DayOfWeek.FRIDAY, friday);
        return new WorkCalendar(zone, week, HOLIDAYS);
    }

    public static WorkCalendar calendar() {
        return calendar(ZONE);
    }

    /**
     * Queue after 2 working hours, answer within 8 (one working day), return to the owner; complaints queue at
     * once and are due in 2 hours, monthly report questions in 16 (two days). The holder is reminded an hour
     * before the due time; a holding reply owes the full answer within two working days (the default).
     */
    public static ResponsePolicy policy() {
        return new ResponsePolicy(new Goal(Duration.ofHours(2), Duration.ofHours(8)), true, List.of(
                new GoalOverride(List.of(COMPLAINT), List.of(), Optional.of(Duration.ZERO),
                        Optional.of(Duration.ofHours(2))),
                new GoalOverride(List.of(CLIENT_REPORT), List.of(), Optional.empty(),
                        Optional.of(Duration.ofHours(16)))), Optional.of(REMIND_BEFORE));
    }

    /** How long before the due time the holder of a waiting issue is reminded. */
    public static final Duration REMIND_BEFORE = Duration.ofHours(1);

    /** The department as of {@code today}: the newcomer is no cover until {@link #newcomerCoversFrom}. */
    public static List<Person> people(ZoneId zone, LocalDate today) {
        Instant sidorovaCovers = newcomerCoversFrom(zone, today);
        return people().stream().map(p -> p.name().equals(SIDOROVA)
                ? new Person(p.name(), p.role(), p.deputies(), sidorovaCovers) : p).toList();
    }

    /** Who is in the department and their deputies (as {@link #people(ZoneId, LocalDate)}, everyone a cover). */
    public static List<Person> people() {
        return List.of(
                new Person(HEAD, Role.HEAD),
                new Person(OPERATOR, Role.OPERATOR, List.of(OFFICE)),
                new Person(OFFICE, Role.OFFICE_MANAGER),
                new Person(IVANOVA, Role.MANAGER, List.of(PETROVA)),
                new Person(PETROVA, Role.MANAGER, List.of(SIDOROVA, IVANOVA)),
                new Person(SIDOROVA, Role.MANAGER, List.of(PETROVA)),
                new Person(DIRECTOR, Role.DIRECTOR));
    }

    public static Staff staff() {
        return new Staff(people());
    }

    /** The login names of the department, head first. */
    public static List<String> logins() {
        return people().stream().map(Person::name).toList();
    }

    /** How a person signs: {@code ivanova} is "Anna Ivanova". Unknown logins are returned as they are. */
    public static String fullName(String login) {
        return FULL_NAMES.getOrDefault(login, login);
    }

    /** As {@link #fullName(String)}, in {@code language}: {@code ivanova} is "Анна Иванова" in Russian. */
    public static String fullName(String login, DemoLanguage language) {
        return displayName(login, language).orElse(login);
    }

    /** A demo person's full name; empty for anyone else (a person the admin added keeps their login). */
    public static Optional<String> displayName(String login) {
        return displayName(login, DemoLanguage.EN);
    }

    /** As {@link #displayName(String)}, in the demo's language. */
    public static Optional<String> displayName(String login, DemoLanguage language) {
        return Optional.ofNullable((language == DemoLanguage.RU ? FULL_NAMES_RU : FULL_NAMES).get(login));
    }

    public static Role role(String login) {
        return people().stream().filter(p -> p.name().equals(login)).map(Person::role).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not in the demo department: " + login));
    }

    /** {@code WEB-n}. */
    public static String issueKey(int number) {
        return PROJECT + "-" + number;
    }

    private static List<LocalDate> holidayList() {
        List<LocalDate> days = new ArrayList<>();
        // 2026. Statutory: New Year holidays and Christmas 1-8 January; the rest below.
        for (int d = 1; d <= 8; d++) {
            days.add(LocalDate.of(2026, 1, d));
        }
        days.add(LocalDate.of(2026, 1, 9));   // transfer from Saturday 3 January (decree)
        days.add(LocalDate.of(2026, 2, 23));  // Defender of the Fatherland Day, Monday
        days.add(LocalDate.of(2026, 3, 8));   // International Women's Day, Sunday...
        days.add(LocalDate.of(2026, 3, 9));   // ...moves to Monday (art. 112)
        days.add(LocalDate.of(2026, 5, 1));   // Spring and Labour Day, Friday
        days.add(LocalDate.of(2026, 5, 9));   // Victory Day, Saturday...
        days.add(LocalDate.of(2026, 5, 11));  // ...moves to Monday (art. 112)
        days.add(LocalDate.of(2026, 6, 12));  // Russia Day, Friday
        days.add(LocalDate.of(2026, 11, 4));  // Unity Day, Wednesday
        days.add(LocalDate.of(2026, 12, 31)); // transfer from Sunday 4 January (decree)
        // 2027: statutory dates and the automatic weekend transfers only (see HOLIDAYS).
        for (int d = 1; d <= 8; d++) {
            days.add(LocalDate.of(2027, 1, d));
        }
        days.add(LocalDate.of(2027, 2, 23));  // Tuesday
        days.add(LocalDate.of(2027, 3, 8));   // Monday
        days.add(LocalDate.of(2027, 5, 1));   // Saturday...
        days.add(LocalDate.of(2027, 5, 3));   // ...moves to Monday (art. 112)
        days.add(LocalDate.of(2027, 5, 9));   // Sunday...
        days.add(LocalDate.of(2027, 5, 10));  // ...moves to Monday (art. 112)
        days.add(LocalDate.of(2027, 6, 12));  // Saturday...
        days.add(LocalDate.of(2027, 6, 14));  // ...moves to Monday (art. 112)
        days.add(LocalDate.of(2027, 11, 4));  // Thursday
        return days;
    }
}
