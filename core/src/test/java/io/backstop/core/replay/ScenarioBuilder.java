package io.backstop.core.replay;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.sla.Breach;
import io.backstop.core.sla.Goal;
import io.backstop.core.sla.GoalOverride;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.Reminder;
import io.backstop.core.sla.Reply;
import io.backstop.core.sla.ResponseClock;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds scenarios in test code, with times written as local wall-clock text on a base day:
 * {@code "10:00"} is the base day (by default Monday 2026-11-02, Europe/Moscow), {@code "+1 10:00"} the day after,
 * {@code "-1 23:00"} the day before, and a full {@code "2026-11-03T10:00"} is taken as it is.
 *
 * <p>Defaults: working week MON-FRI 09:00-18:00 (replaced by the first {@link #week} call), {@code queueAfter}
 * PT30M, {@code respondWithin} PT1H, {@code returnToOwner} true, tick PT5M, start 08:00, until 20:00; no
 * {@code remindBefore}, {@code answerWithin} the spec's default PT16H.
 * It also renders results as short lines in the same local notation, so assertions read like the spec's table.
 */
public final class ScenarioBuilder {

    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** A Monday. */
    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private final ZoneId zone;
    private final LocalDate day;
    private Instant start;
    private Instant until;
    private Duration tick = Duration.ofMinutes(5);
    private final Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
    private boolean defaultWeek = true;
    private final List<LocalDate> holidays = new ArrayList<>();
    private Duration queueAfter = Duration.ofMinutes(30);
    private Duration respondWithin = Duration.ofHours(1);
    private boolean returnToOwner = true;
    private Optional<Duration> remindBefore = Optional.empty();
    private Duration answerWithin = Goal.DEFAULT_ANSWER_WITHIN;
    private final List<GoalOverride> goals = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<Absence> absences = new ArrayList<>();
    private final List<ScenarioEvent> events = new ArrayList<>();

    private ScenarioBuilder(ZoneId zone, LocalDate day) {
        this.zone = zone;
        this.day = day;
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, List.of(DailyInterval.parse("09:00-18:00")));
        }
        this.start = at("08:00");
        this.until = at("20:00");
    }

    /** Monday 2026-11-02 in Moscow, no people yet. */
    public static ScenarioBuilder monday() {
        return new ScenarioBuilder(MOSCOW, MONDAY);
    }

    /**
     * Monday in Moscow with the spec's department: head; operator; ivanova (deputies: petrova); petrova;
     * sidorov (no deputies).
     */
    public static ScenarioBuilder department() {
        return monday()
                .head("head")
                .operator("operator")
                .manager("ivanova", "petrova")
                .manager("petrova")
                .manager("sidorov");
    }

    // ---- time -------------------------------------------------------------------------------------------------

    public Instant at(String text) {
        String t = text.trim();
        if (t.contains("T")) {
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        }
        LocalDate date = day;
        if (t.startsWith("+") || t.startsWith("-")) {
            int space = t.indexOf(' ');
            date = day.plusDays(Integer.parseInt(t.substring(0, space)));
            t = t.substring(space + 1);
        }
        return ZonedDateTime.of(date, LocalTime.parse(t), zone).toInstant();
    }

    public String show(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        long days = ChronoUnit.DAYS.between(day, local.toLocalDate());
        String time = local.format(DateTimeFormatter.ofPattern("HH:mm"))
                + (local.getSecond() != 0 || local.getNano() != 0 ? ":" + local.getSecond() : "");
        return days == 0 ? time : (days > 0 ? "+" : "") + days + " " + time;
    }

    public ScenarioBuilder from(String at) {
        this.start = at(at);
        return this;
    }

    public ScenarioBuilder until(String at) {
        this.until = at(at);
        return this;
    }

    public ScenarioBuilder tick(String iso) {
        this.tick = Duration.parse(iso);
        return this;
    }

    // ---- calendar and policy ----------------------------------------------------------------------------------

    public ScenarioBuilder week(DayOfWeek dayOfWeek, String... intervals) {
        if (defaultWeek) {
            week.clear();
            defaultWeek = false;
        }
        week.put(dayOfWeek, Arrays.stream(intervals).map(DailyInterval::parse).toList());
        return this;
    }

    public ScenarioBuilder holiday(String date) {
        holidays.add(LocalDate.parse(date));
        return this;
    }

    public ScenarioBuilder policy(String queueAfter, String respondWithin, boolean returnToOwner) {
        this.queueAfter = Duration.parse(queueAfter);
        this.respondWithin = Duration.parse(respondWithin);
        this.returnToOwner = returnToOwner;
        return this;
    }

    public ScenarioBuilder returnToOwner(boolean value) {
        this.returnToOwner = value;
        return this;
    }

    /** {@code policy.remindBefore} (rule 14); {@code null}: none. */
    public ScenarioBuilder remindBefore(String iso) {
        this.remindBefore = Optional.ofNullable(iso).map(Duration::parse);
        return this;
    }

    /** {@code policy.answerWithin} (rule 11). */
    public ScenarioBuilder answerWithin(String iso) {
        this.answerWithin = Duration.parse(iso);
        return this;
    }

    /** A goal override; {@code null} durations are "not given". */
    public ScenarioBuilder goal(List<String> issueTypes, List<String> priorities, String queueAfter,
                                String respondWithin) {
        return goal(issueTypes, priorities, queueAfter, respondWithin, null);
    }

    /** A goal override with its own {@code answerWithin}; {@code null} durations are "not given". */
    public ScenarioBuilder goal(List<String> issueTypes, List<String> priorities, String queueAfter,
                                String respondWithin, String answerWithin) {
        goals.add(new GoalOverride(issueTypes, priorities,
                Optional.ofNullable(queueAfter).map(Duration::parse),
                Optional.ofNullable(respondWithin).map(Duration::parse),
                Optional.ofNullable(answerWithin).map(Duration::parse)));
        return this;
    }

    // ---- people and absences ----------------------------------------------------------------------------------

    public ScenarioBuilder person(String name, Role role, String... deputies) {
        people.add(new Person(name, role, List.of(deputies)));
        return this;
    }

    public ScenarioBuilder head(String name, String... deputies) {
        return person(name, Role.HEAD, deputies);
    }

    public ScenarioBuilder operator(String name, String... deputies) {
        return person(name, Role.OPERATOR, deputies);
    }

    public ScenarioBuilder manager(String name, String... deputies) {
        return person(name, Role.MANAGER, deputies);
    }

    /** Replaces the deputies of someone already added. */
    public ScenarioBuilder deputies(String name, String... deputies) {
        Person p = find(name);
        people.set(people.indexOf(p), new Person(name, p.role(), List.of(deputies), p.coversFrom()));
        return this;
    }

    /** Sets the {@code coversFrom} (rule 13) of someone already added. */
    public ScenarioBuilder coversFrom(String name, String at) {
        Person p = find(name);
        people.set(people.indexOf(p), new Person(name, p.role(), p.deputies(), at(at)));
        return this;
    }

    private Person find(String name) {
        return people.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no person " + name));
    }

    public ScenarioBuilder absent(String person, String from, String to) {
        return absent(person, from, to, AbsenceKind.VACATION);
    }

    public ScenarioBuilder absent(String person, String from, String to, AbsenceKind kind) {
        absences.add(new Absence(person, at(from), at(to), kind));
        return this;
    }

    /** A {@code BUSY} absence (rule 12): a meeting. */
    public ScenarioBuilder busy(String person, String from, String to) {
        return absent(person, from, to, AbsenceKind.BUSY);
    }

    // ---- events -----------------------------------------------------------------------------------------------

    public ScenarioBuilder created(String at, String issue, String owner) {
        return created(at, issue, owner, null, null);
    }

    public ScenarioBuilder created(String at, String issue, String owner, String issueType, String priority) {
        events.add(ScenarioEvent.created(at(at), issue, owner, issueType, priority));
        return this;
    }

    public ScenarioBuilder message(String at, String issue) {
        events.add(ScenarioEvent.clientMessage(at(at), issue));
        return this;
    }

    public ScenarioBuilder reply(String at, String issue, String by) {
        events.add(ScenarioEvent.staffReply(at(at), issue, by));
        return this;
    }

    /** A holding reply without a named promise (rule 11: due after the goal's answerWithin). */
    public ScenarioBuilder holding(String at, String issue, String by) {
        events.add(ScenarioEvent.holdingReply(at(at), issue, by, null));
        return this;
    }

    /** A holding reply that names its promise. */
    public ScenarioBuilder holding(String at, String issue, String by, String promise) {
        events.add(ScenarioEvent.holdingReply(at(at), issue, by, at(promise)));
        return this;
    }

    public ScenarioBuilder resolved(String at, String issue) {
        events.add(ScenarioEvent.resolved(at(at), issue));
        return this;
    }

    public ScenarioBuilder event(ScenarioEvent event) {
        events.add(event);
        return this;
    }

    // ---- build and run ----------------------------------------------------------------------------------------

    public WorkCalendar calendar() {
        return new WorkCalendar(zone, week, holidays);
    }

    public ResponsePolicy policy() {
        return new ResponsePolicy(new Goal(queueAfter, respondWithin, answerWithin), returnToOwner, goals,
                remindBefore);
    }

    public Scenario build() {
        return new Scenario(start, until, tick, calendar(), policy(), people, absences, events);
    }

    public ReplayResult run() {
        return Replay.run(build());
    }

    // ---- rendering --------------------------------------------------------------------------------------------

    /** "11:00 WEB-1 ivanova->operator BREACH". */
    public List<String> moves(ReplayResult result) {
        return result.reassignments().stream().map(this::show).toList();
    }

    public String show(Reassignment r) {
        return show(r.at()) + " " + r.issue() + " " + r.from() + "->" + r.to() + " " + r.reason();
    }

    /** "WEB-1 since 10:00 due 11:00 at 11:00". */
    public List<String> breaches(ReplayResult result) {
        return result.breaches().stream().map(this::show).toList();
    }

    public String show(Breach b) {
        return b.issue() + " since " + show(b.awaitingSince()) + " due " + show(b.due()) + " at "
                + show(b.detectedAt());
    }

    /** "WEB-1 held by ivanova at 11:00". */
    public List<String> heldBy(ReplayResult result) {
        return result.breaches().stream().map(b -> b.issue() + " held by " + b.heldBy() + " at "
                + show(b.detectedAt())).toList();
    }

    /** "WEB-1 by ivanova made 11:00 due +1 10:00 KEPT 14:20" ("OPEN" without a closing time). */
    public List<String> promises(ReplayResult result) {
        return result.promises().stream().map(this::show).toList();
    }

    public String show(Promise p) {
        return p.issue() + " by " + p.by() + " made " + show(p.madeAt()) + " due " + show(p.due()) + " "
                + p.outcome() + (p.closedAt() == null ? "" : " " + show(p.closedAt()));
    }

    /** "WEB-1 at 11:30 to petrova due 12:00". */
    public List<String> reminders(ReplayResult result) {
        return result.reminders().stream().map(this::show).toList();
    }

    public String show(Reminder r) {
        return r.issue() + " at " + show(r.at()) + " to " + r.to() + " due " + show(r.due());
    }

    /** "WEB-1 since 10:00 at 11:30 by operator 5400s late". */
    public List<String> replies(ReplayResult result) {
        return result.replies().stream().map(this::show).toList();
    }

    public String show(Reply r) {
        return r.issue() + " since " + show(r.awaitingSince()) + " at " + show(r.repliedAt()) + " by " + r.by()
                + " " + r.waited().toSeconds() + "s " + (r.onTime() ? "on time" : "late");
    }

    /** "WEB-1 since 12:30 due 13:30 ivanova". */
    public List<String> queue(ReplayResult result) {
        return result.queue().stream().map(this::show).toList();
    }

    public String show(ResponseClock c) {
        return c.issue() + " since " + show(c.awaitingSince()) + " due " + show(c.due()) + " " + c.assignee();
    }
}
