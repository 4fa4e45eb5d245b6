package io.backstop.core.replay;

import io.backstop.core.sla.Breach;
import io.backstop.core.sla.GoalOverride;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.Reminder;
import io.backstop.core.sla.Reply;
import io.backstop.core.sla.ResponseClock;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A deliberately naive second engine, transcribed from sla-semantics.md (rules 1-14) without reusing the engine's
 * rules: it visits every tick instant from start to until (plus every event and absence boundary), and at each
 * instant scans every issue in creation order. Presence and chains are {@link NaiveDepartment}'s, promises
 * {@link NaivePromises}'; working time comes from {@link BruteCalendar}; goals are matched here again. It reads the
 * scenario's data only, and notes which situations it met (for the generator's coverage test).
 *
 * <p>Readings noted where the spec leaves room:
 * <ul>
 *   <li>rule 14, "the first tick t of an awaiting cycle with t >= remindAt and t < due": the ticks of a cycle are
 *       those from the instant it starts (a tick at that very instant counts: the tick comes after the events);
 *       ticks only grow, so "the first tick with t >= remindAt, if it is before due" and "the first tick with both"
 *       are the same; with {@code remindBefore} zero, remindAt is due and no reminder is ever sent;</li>
 *   <li>rule 11: a holding reply on an issue that is not awaiting still opens (or moves) a promise and does what
 *       rule 3 does without a cycle (the return to a present owner), as a plain reply does;</li>
 *   <li>rule 3's "the owner is present" counts a busy owner as absent (worked example v2, Mon 14:20).</li>
 * </ul>
 */
final class NaiveReplay {

    /** A queue entry at until, comparable across engines. */
    record Queued(String issue, Instant awaitingSince, Instant queuedAt, Instant due, String assignee) {

        static Queued of(ResponseClock clock) {
            return new Queued(clock.issue(), clock.awaitingSince(), clock.queuedAt(), clock.due(), clock.assignee());
        }
    }

    /** The result, and the situations met on the way. */
    record Run(ReplayResult result, Set<String> notes) {
    }

    /** A goal as the spec reads: {queueAfter, respondWithin, answerWithin}. */
    record NaiveGoal(Duration queueAfter, Duration respondWithin, Duration answerWithin) {
    }

    private static final class Issue {
        final String key;
        final String type;
        final String priority;
        final String owner;
        String assignee;
        boolean open = true;
        Instant since;      // null: not awaiting
        Instant queuedAt;
        Instant due;
        boolean breached;
        Instant remindAt;   // null: the policy sends no reminders
        boolean remindTickSeen; // the cycle's first tick at or after remindAt has come

        Issue(String key, String type, String priority, String owner) {
            this.key = key;
            this.type = type;
            this.priority = priority;
            this.owner = owner;
            this.assignee = owner;
        }

        boolean awaiting() {
            return open && since != null;
        }
    }

    private final Scenario s;
    private final BruteCalendar calendar;
    private final Set<String> notes = new TreeSet<>();
    private final NaiveDepartment dept;
    private final NaivePromises promises = new NaivePromises(notes);
    private final Map<String, Issue> issues = new LinkedHashMap<>(); // creation order
    private final List<Reassignment> reassignments = new ArrayList<>();
    private final List<Breach> breaches = new ArrayList<>();
    private final List<Reply> replies = new ArrayList<>();
    private final List<Reminder> reminders = new ArrayList<>();

    private NaiveReplay(Scenario s, BruteCalendar calendar) {
        this.s = s;
        this.calendar = calendar;
        this.dept = new NaiveDepartment(s, notes);
    }

    static ReplayResult run(Scenario scenario, BruteCalendar calendar) {
        return new NaiveReplay(scenario, calendar).play();
    }

    static Run runNoting(Scenario scenario, BruteCalendar calendar) {
        NaiveReplay naive = new NaiveReplay(scenario, calendar);
        ReplayResult result = naive.play();
        return new Run(result, naive.notes);
    }

    private ReplayResult play() {
        Set<Instant> ticks = new TreeSet<>();
        for (Instant t = s.start(); !t.isAfter(s.until()); t = t.plus(s.tick())) {
            ticks.add(t);
        }
        TreeSet<Instant> instants = new TreeSet<>(ticks);
        s.events().forEach(e -> instants.add(e.at()));
        for (Absence a : s.absences()) {
            for (Instant boundary : List.of(a.from(), a.to())) {
                if (!boundary.isBefore(s.start()) && !boundary.isAfter(s.until())) {
                    instants.add(boundary);
                }
            }
        }
        for (Instant t : instants) {
            for (Absence a : s.absences()) {
                if (a.to().equals(t)) {
                    absenceEnded(a, t);
                }
            }
            for (Absence a : s.absences()) {
                if (a.from().equals(t)) {
                    for (Issue issue : issues.values()) {
                        coverIfAway(issue, t);
                    }
                }
            }
            for (ScenarioEvent e : s.events()) {
                if (e.at().equals(t)) {
                    apply(e);
                }
            }
            if (ticks.contains(t)) {
                for (Issue issue : issues.values()) {
                    if (issue.open) {       // each: reminder, breach, promise
                        remind(issue, t);
                        breach(issue, t);
                        promises.tick(issue.key, t);
                    }
                }
            }
        }
        List<ResponseClock> queue = issues.values().stream()
                .filter(i -> i.awaiting() && !i.queuedAt.isAfter(s.until()))
                .sorted(Comparator.comparing((Issue i) -> i.due).thenComparing(i -> i.key))
                .map(i -> new ResponseClock(i.key, i.type, i.priority, i.owner, i.assignee, true, i.since,
                        i.queuedAt, i.due, i.breached, i.remindTickSeen ? null : i.remindAt, promises.openOf(i.key)))
                .toList();
        return new ReplayResult(reassignments, breaches, replies, queue, promises.atUntil(), reminders);
    }

    private void apply(ScenarioEvent e) {
        Instant t = e.at();
        if (e.type() == EventType.CREATED) {
            Issue issue = new Issue(e.issue(), e.issueType(), e.priority(), e.owner());
            issues.put(issue.key, issue);
            startCycle(issue, t);
            coverIfAway(issue, t);
            return;
        }
        Issue issue = issues.get(e.issue());
        if (!issue.open) {
            return;                  // rule 4: nothing happens to it afterwards
        }
        switch (e.type()) {
            case CLIENT_MESSAGE -> {
                if (!issue.awaiting()) {
                    startCycle(issue, t);
                    if (promises.openOf(issue.key) != null) {
                        notes.add("client message while a promise is open");
                    }
                }
                coverIfAway(issue, t);
            }
            case STAFF_REPLY -> {
                staffReply(issue, e.by(), t);
                if (e.reply().holding()) {
                    Instant named = e.reply().promise();
                    promises.holding(issue.key, e.by(), t,
                            named != null ? named : calendar.addWorking(t, goalOf(issue).answerWithin()));
                    notes.add(named != null ? "holding reply naming its promise" : "holding reply without a date");
                } else {
                    promises.answered(issue.key, t);
                }
            }
            case RESOLVED -> {
                promises.resolved(issue.key, t);
                issue.open = false;
                issue.since = null;
            }
            default -> throw new IllegalStateException();
        }
    }

    /** Rule 3 (and its part in rule 11): the cycle ends, on time or not; a present owner takes the issue back. */
    private void staffReply(Issue issue, String by, Instant t) {
        if (issue.awaiting()) {
            replies.add(new Reply(issue.key, issue.since, t, by, calendar.working(issue.since, t),
                    !t.isAfter(issue.due)));
            if (breaches.stream().anyMatch(b -> b.issue().equals(issue.key) && b.awaitingSince().equals(issue.since)
                    && !b.heldBy().equals(by))) {
                notes.add("breach held by someone other than the replier");
            }
            issue.since = null;
            issue.queuedAt = null;
            issue.due = null;
            issue.breached = false;
            issue.remindAt = null;
        }
        if (s.policy().returnToOwner() && !issue.assignee.equals(issue.owner) && !dept.absent(issue.owner, t)) {
            move(issue, issue.owner, t, ReassignReason.RETURN);
        }
    }

    private void startCycle(Issue issue, Instant t) {
        NaiveGoal goal = goalOf(issue);
        issue.since = t;
        issue.queuedAt = calendar.addWorking(t, goal.queueAfter());
        issue.due = calendar.addWorking(t, goal.respondWithin());
        issue.breached = false;
        issue.remindTickSeen = false;
        issue.remindAt = s.policy().remindBefore().map(before -> {
            Duration lead = goal.respondWithin().minus(before);
            return calendar.addWorking(t, lead.isNegative() ? Duration.ZERO : lead);
        }).orElse(null);
    }

    private NaiveGoal goalOf(Issue issue) {
        Duration[] g = goal(s.policy(), issue.type, issue.priority);
        return new NaiveGoal(g[0], g[1], g[2]);
    }

    /**
     * {queueAfter, respondWithin, answerWithin}: the first override whose given lists contain type and priority,
     * values it does not give from the policy; else the policy.
     */
    static Duration[] goal(ResponsePolicy policy, String type, String priority) {
        Duration queueAfter = policy.standard().queueAfter();
        Duration respondWithin = policy.standard().respondWithin();
        Duration answerWithin = policy.standard().answerWithin();
        for (GoalOverride o : policy.overrides()) {
            boolean typeOk = o.issueTypes().isEmpty() || (type != null && o.issueTypes().contains(type));
            boolean priorityOk = o.priorities().isEmpty() || (priority != null && o.priorities().contains(priority));
            if (typeOk && priorityOk) {
                return new Duration[] {o.queueAfter().orElse(queueAfter), o.respondWithin().orElse(respondWithin),
                        o.answerWithin().orElse(answerWithin)};
            }
        }
        return new Duration[] {queueAfter, respondWithin, answerWithin};
    }

    /** Rules 5, 12 and 13. */
    private void coverIfAway(Issue issue, Instant t) {
        if (!issue.awaiting() || !dept.absent(issue.assignee, t)) {
            return;
        }
        String taker = dept.absenceTaker(issue.owner, issue.assignee, t);
        if (taker != null && !taker.equals(issue.assignee)) {
            move(issue, taker, t, ReassignReason.ABSENCE);
        }
    }

    /** Rule 6, for the end of any absence, BUSY included. */
    private void absenceEnded(Absence ended, Instant t) {
        String person = ended.person();
        if (dept.absent(person, t) || !s.policy().returnToOwner()) {
            return;
        }
        for (Issue issue : issues.values()) {
            if (issue.open && issue.owner.equals(person) && !issue.assignee.equals(person)) {
                move(issue, person, t, ReassignReason.RETURN);
                if (ended.kind() == AbsenceKind.BUSY) {
                    notes.add("return at the end of a busy absence");
                }
            }
        }
    }

    /** Rule 14: the cycle's first tick at or after remindAt reminds the holder, if it is still before due. */
    private void remind(Issue issue, Instant t) {
        if (!issue.awaiting() || issue.remindAt == null || issue.remindTickSeen || t.isBefore(issue.remindAt)) {
            return;
        }
        issue.remindTickSeen = true;
        if (t.isBefore(issue.due)) {
            reminders.add(new Reminder(issue.key, t, issue.assignee, issue.due));
        } else if (issue.remindAt.isBefore(issue.due)) {
            notes.add("no reminder: the first tick after remindAt is past due");
        }
    }

    /** Rules 7 and 10: held against whoever holds it now, then moved. */
    private void breach(Issue issue, Instant t) {
        if (!issue.awaiting() || issue.breached || issue.due.isAfter(t)) {
            return;
        }
        issue.breached = true;
        breaches.add(new Breach(issue.key, issue.since, issue.due, t, issue.assignee));
        String taker = dept.breachTaker(issue.owner, t);
        if (taker != null && !taker.equals(issue.assignee)) {
            move(issue, taker, t, ReassignReason.BREACH);
        }
    }

    private void move(Issue issue, String to, Instant t, ReassignReason reason) {
        reassignments.add(new Reassignment(t, issue.key, issue.assignee, to, reason));
        issue.assignee = to;
    }

    static boolean absentIn(List<Absence> absences, String person, Instant t) {
        return NaiveDepartment.absentIn(absences, person, t);
    }
}
