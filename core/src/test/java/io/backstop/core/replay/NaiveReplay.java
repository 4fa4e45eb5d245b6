package io.backstop.core.replay;

import io.backstop.core.sla.Breach;
import io.backstop.core.sla.GoalOverride;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.Reply;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.sla.ResponseClock;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
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
 * A deliberately naive second engine, transcribed from sla-semantics.md without reusing the engine's rules: it
 * visits every tick instant from start to until (plus every event and absence boundary), and at each instant scans
 * every issue in creation order. Presence is recomputed from the absence list; working time comes from
 * {@link BruteCalendar}; goals are matched here again. It reads the scenario's data only.
 */
final class NaiveReplay {

    /** A queue entry at until, comparable across engines. */
    record Queued(String issue, Instant awaitingSince, Instant queuedAt, Instant due, String assignee) {

        static Queued of(ResponseClock clock) {
            return new Queued(clock.issue(), clock.awaitingSince(), clock.queuedAt(), clock.due(), clock.assignee());
        }
    }

    record Result(List<Reassignment> reassignments, List<Breach> breaches, List<Reply> replies, List<Queued> queue) {
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
    private final Map<String, Issue> issues = new LinkedHashMap<>(); // creation order
    private final List<Reassignment> reassignments = new ArrayList<>();
    private final List<Breach> breaches = new ArrayList<>();
    private final List<Reply> replies = new ArrayList<>();
    private final String operator;
    private final List<String> operatorDeputies;
    private final String head;

    private NaiveReplay(Scenario s, BruteCalendar calendar) {
        this.s = s;
        this.calendar = calendar;
        Person op = s.people().stream().filter(p -> p.role() == Role.OPERATOR).findFirst().orElseThrow();
        this.operator = op.name();
        this.operatorDeputies = op.deputies();
        this.head = s.people().stream().filter(p -> p.role() == Role.HEAD).findFirst().orElseThrow().name();
    }

    static Result run(Scenario scenario, BruteCalendar calendar) {
        return new NaiveReplay(scenario, calendar).play();
    }

    private Result play() {
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
                    absenceEnded(a.person(), t);
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
                    tick(issue, t);
                }
            }
        }
        List<Queued> queue = issues.values().stream()
                .filter(i -> i.awaiting() && !i.queuedAt.isAfter(s.until()))
                .sorted(Comparator.comparing((Issue i) -> i.due).thenComparing(i -> i.key))
                .map(i -> new Queued(i.key, i.since, i.queuedAt, i.due, i.assignee))
                .toList();
        return new Result(reassignments, breaches, replies, queue);
    }

    private void apply(ScenarioEvent e) {
        Instant t = e.at();
        switch (e.type()) {
            case CREATED -> {
                Issue issue = new Issue(e.issue(), e.issueType(), e.priority(), e.owner());
                issues.put(issue.key, issue);
                startCycle(issue, t);
                coverIfAway(issue, t);
            }
            case CLIENT_MESSAGE -> {
                Issue issue = issues.get(e.issue());
                if (!issue.open) {
                    return;
                }
                if (!issue.awaiting()) {
                    startCycle(issue, t);
                }
                coverIfAway(issue, t);
            }
            case STAFF_REPLY -> {
                Issue issue = issues.get(e.issue());
                if (!issue.open) {
                    return;
                }
                if (issue.awaiting()) {
                    replies.add(new Reply(issue.key, issue.since, t, e.by(), calendar.working(issue.since, t),
                            !t.isAfter(issue.due)));
                    issue.since = null;
                    issue.queuedAt = null;
                    issue.due = null;
                    issue.breached = false;
                }
                if (s.policy().returnToOwner() && !issue.assignee.equals(issue.owner) && !absent(issue.owner, t)) {
                    move(issue, issue.owner, t, ReassignReason.RETURN);
                }
            }
            case RESOLVED -> {
                Issue issue = issues.get(e.issue());
                issue.open = false;
                issue.since = null;
            }
        }
    }

    private void startCycle(Issue issue, Instant t) {
        Duration[] goal = goal(s.policy(), issue.type, issue.priority);
        issue.since = t;
        issue.queuedAt = calendar.addWorking(t, goal[0]);
        issue.due = calendar.addWorking(t, goal[1]);
        issue.breached = false;
    }

    /** {queueAfter, respondWithin}: the first override whose given lists contain type and priority, else policy. */
    static Duration[] goal(ResponsePolicy policy, String type, String priority) {
        Duration queueAfter = policy.standard().queueAfter();
        Duration respondWithin = policy.standard().respondWithin();
        for (GoalOverride o : policy.overrides()) {
            boolean typeOk = o.issueTypes().isEmpty() || (type != null && o.issueTypes().contains(type));
            boolean priorityOk = o.priorities().isEmpty() || (priority != null && o.priorities().contains(priority));
            if (typeOk && priorityOk) {
                return new Duration[] {o.queueAfter().orElse(queueAfter), o.respondWithin().orElse(respondWithin)};
            }
        }
        return new Duration[] {queueAfter, respondWithin};
    }

    /** Rule 5. */
    private void coverIfAway(Issue issue, Instant t) {
        if (!issue.awaiting() || !absent(issue.assignee, t)) {
            return;
        }
        List<String> chain = new ArrayList<>();
        chain.add(issue.owner);
        chain.addAll(deputiesOf(issue.owner));
        chain.add(operator);
        chain.addAll(operatorDeputies);
        chain.add(head);
        String taker = firstPresent(chain, t);
        if (taker != null && !taker.equals(issue.assignee)) {
            move(issue, taker, t, ReassignReason.ABSENCE);
        }
    }

    /** Rule 6. */
    private void absenceEnded(String person, Instant t) {
        if (absent(person, t) || !s.policy().returnToOwner()) {
            return;
        }
        for (Issue issue : issues.values()) {
            if (issue.open && issue.owner.equals(person) && !issue.assignee.equals(person)) {
                move(issue, person, t, ReassignReason.RETURN);
            }
        }
    }

    /** Rule 7. */
    private void tick(Issue issue, Instant t) {
        if (!issue.awaiting() || issue.breached || issue.due.isAfter(t)) {
            return;
        }
        issue.breached = true;
        breaches.add(new Breach(issue.key, issue.since, issue.due, t, issue.assignee));
        List<String> chain = new ArrayList<>();
        chain.add(operator);
        chain.addAll(operatorDeputies);
        chain.add(head);
        String taker = firstPresent(chain, t);
        if (taker != null && !taker.equals(issue.assignee)) {
            move(issue, taker, t, ReassignReason.BREACH);
        }
    }

    private void move(Issue issue, String to, Instant t, ReassignReason reason) {
        reassignments.add(new Reassignment(t, issue.key, issue.assignee, to, reason));
        issue.assignee = to;
    }

    private String firstPresent(List<String> chain, Instant t) {
        for (String name : chain) {
            if (!absent(name, t)) {
                return name;
            }
        }
        return null;
    }

    private List<String> deputiesOf(String name) {
        return s.people().stream().filter(p -> p.name().equals(name)).findFirst().map(Person::deputies)
                .orElse(List.of());
    }

    boolean absent(String person, Instant t) {
        return absentIn(s.absences(), person, t);
    }

    static boolean absentIn(List<Absence> absences, String person, Instant t) {
        for (Absence a : absences) {
            if (a.person().equals(person) && !t.isBefore(a.from()) && t.isBefore(a.to())) {
                return true;
            }
        }
        return false;
    }
}
