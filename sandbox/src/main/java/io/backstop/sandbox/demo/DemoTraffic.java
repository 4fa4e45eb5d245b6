package io.backstop.sandbox.demo;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.staff.Presence;
import io.backstop.sandbox.demo.DemoTrafficPlan.Planned;
import io.backstop.sandbox.demo.DemoTrafficPlan.Step;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * The live flow of a running demo department: clients open issues and write back, staff answer after a plausible
 * delay (sometimes late, sometimes the operator or a deputy), answered issues get resolved.
 *
 * <p>It is a discrete-event generator with its own {@linkplain DemoTrafficPlan plan} of what happens next.
 * {@link #next(Instant, Instant)} hands out, in time order, everything planned in a window and plans what follows
 * from it. All randomness comes from the given {@link Random} ({@link DemoDice}), drawn in the order things happen,
 * so the same {@code Random} seed gives the same actions, however the time is cut into consecutive windows. What
 * clients do is in {@link DemoClientChoices}, what staff do in {@link DemoStaffChoices}; this class keeps track of
 * the issues ({@link DemoTrafficIssues}) and says which step follows which.
 *
 * <p>Under {@code --speed 60} one real minute is a working hour: four new issues a minute, a queue that fills and
 * drains, and a breach every few minutes.
 */
public final class DemoTraffic {

    public static final double ISSUES_PER_WORKING_HOUR = 4.0;
    public static final double OFF_HOURS_MESSAGES_PER_HOUR = 0.05;
    /**
     * How often the newcomer's clients write compared with others paying the same: the head handed sidorova the
     * quiet accounts while she learns, so she answers far fewer questions than the experienced managers.
     */
    public static final double NEWCOMER_LOAD = 0.15;

    /** History only: some issues arriving in {@code [from, to)} get no answer at all. */
    record Forgetting(Instant from, Instant to, Instant forceFrom, int min, int max, double chance) {
    }

    private final WorkCalendar calendar;
    private final DemoDice dice;
    private final DemoClientChoices clients;
    private final DemoStaffChoices staff;
    private final DemoTrafficPlan plan;
    private final DemoTrafficIssues issues;

    private DemoTraffic(List<DemoClient> clients, ZoneId zone, Presence presence, Random random, Instant from,
                        int nextIssueNumber, DemoLanguage language) {
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("the demo traffic needs clients");
        }
        if (nextIssueNumber < 1) {
            throw new IllegalArgumentException("issue numbers start at 1");
        }
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(presence, "presence");
        this.calendar = DemoDepartment.calendar(zone);
        this.dice = new DemoDice(random);
        this.clients = new DemoClientChoices(clients, zone, dice, DemoTexts.of(language));
        this.staff = new DemoStaffChoices(zone, calendar, presence, dice, DemoTexts.of(language));
        this.plan = new DemoTrafficPlan(Objects.requireNonNull(from, "from"));
        this.issues = new DemoTrafficIssues(nextIssueNumber);
        plan.schedule(Step.ARRIVAL, calendar.addWorking(from, this.clients.arrivalGap()));
        plan.schedule(Step.OFF_HOURS, from.plus(this.clients.offHoursGap()));
    }

    /** A department with no issues yet, in English: the first issue is {@code WEB-1}. */
    public static DemoTraffic start(List<DemoClient> clients, ZoneId zone, Presence presence, Random random,
                                    Instant from) {
        return start(clients, zone, presence, random, from, DemoLanguage.EN);
    }

    /** A department with no issues yet, its clients and staff writing in {@code language}. */
    public static DemoTraffic start(List<DemoClient> clients, ZoneId zone, Presence presence, Random random,
                                    Instant from, DemoLanguage language) {
        return new DemoTraffic(clients, zone, presence, random, from, 1, language);
    }

    /**
     * Goes on from a known state, e.g. the end of a {@link DemoHistory} or what the sandbox has stored: the open
     * issues (in creation order) get answers, follow-ups and resolutions planned from {@code from} on, and new
     * issues are numbered from {@code nextIssueNumber}.
     *
     * @param presence who is away when; the sandbox passes its absences, so that absent people do not answer
     */
    public static DemoTraffic resume(List<DemoClient> clients, ZoneId zone, Presence presence, Random random,
                                     Instant from, int nextIssueNumber, Collection<DemoIssue> openIssues,
                                     DemoLanguage language) {
        DemoTraffic traffic = new DemoTraffic(clients, zone, presence, random, from, nextIssueNumber, language);
        for (DemoIssue issue : openIssues) {
            traffic.resumeIssue(DemoTrafficIssue.resumed(issue), from);
        }
        return traffic;
    }

    private void resumeIssue(DemoTrafficIssue issue, Instant from) {
        issues.add(issue);
        if (!issue.awaiting()) {
            planAfterReply(issue, from);
            return;
        }
        Instant at = calendar.addWorking(issue.awaitingSince(), staff.replyDelay(issue));
        if (!at.isAfter(from)) {
            // Overdue already: somebody gets to it soon.
            at = calendar.addWorking(from, dice.minutes(10, 120));
        }
        plan.schedule(Step.STAFF_REPLY, at, issue.key, issue.version());
    }

    /**
     * The actions planned in {@code [from, to)}, in time order, and never before the cursor. Consecutive windows
     * ({@code from} = the previous {@code to}) are the normal use. A window starting before the
     * {@linkplain #cursor() cursor} starts at the cursor (nothing is handed out twice). A window starting after it
     * skips the gap: new arrivals in the gap are dropped, and answers, follow-ups and resolutions that were due in
     * it are moved to shortly after {@code from}.
     */
    public List<DemoAction> next(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends before it starts: " + from + " .. " + to);
        }
        if (from.isAfter(plan.cursor())) {
            skipTo(from);
        }
        List<DemoAction> actions = new ArrayList<>();
        for (Planned planned = plan.takeBefore(to); planned != null; planned = plan.takeBefore(to)) {
            handle(planned, actions);
        }
        plan.advanceTo(to);
        return actions;
    }

    /**
     * Tells the generator about an action it did not make: a person of the department answering or resolving in
     * the sandbox, or someone playing a client. The generator then stops planning an answer that was given, plans
     * one for a new client message, and forgets resolved issues. Actions it made itself may be passed again; they
     * change nothing, nor do actions on issues it does not know (numbered before it started and not open then).
     * A new issue numbered at or above {@link #nextIssueNumber()} moves the numbering past it.
     */
    public void observe(DemoAction action) {
        DemoTrafficIssue issue = issues.get(action.issue());
        switch (action.kind()) {
            case CREATE_ISSUE -> {
                if (issues.isNewCreation(action.issue())) {
                    DemoTrafficIssue opened = DemoTrafficIssue.opened(action);
                    issues.add(opened);
                    startCycle(opened, action.at());
                }
            }
            case CLIENT_COMMENT -> {
                if (issue != null && !issue.awaiting()) {
                    startCycle(issue, action.at());
                }
            }
            case STAFF_COMMENT -> {
                if (issue != null && issue.awaiting()) {
                    issue.answeredBy(action.author());
                    planAfterReply(issue, action.at());
                }
            }
            case RESOLVE -> issues.resolved(action.issue());
        }
    }

    /** The end of the last window handed out: everything planned before it has happened. */
    public Instant cursor() {
        return plan.cursor();
    }

    /** The number the next new issue gets ({@code WEB-n}). */
    public int nextIssueNumber() {
        return issues.nextNumber();
    }

    /** The open issues as the generator sees them, in creation order. */
    public List<DemoIssue> openIssues() {
        return issues.snapshots();
    }

    void forget(Forgetting rule) {
        staff.forget(rule);
    }

    // ---- one step and what it plans next ----

    private void handle(Planned planned, List<DemoAction> out) {
        Instant at = planned.at();
        switch (planned.step()) {
            case ARRIVAL -> {
                createIssue(at, out);
                plan.schedule(Step.ARRIVAL, calendar.addWorking(at, clients.arrivalGap()));
            }
            case OFF_HOURS -> {
                if (!calendar.isWorking(at)) {
                    offHoursMessage(at, out);
                }
                plan.schedule(Step.OFF_HOURS, at.plus(clients.offHoursGap()));
            }
            case STAFF_REPLY -> {
                DemoTrafficIssue issue = current(planned);
                if (issue != null && issue.awaiting()) {
                    DemoAction reply = staff.reply(at, issue);
                    out.add(reply);
                    issue.answeredBy(reply.author());
                    planAfterReply(issue, at);
                }
            }
            case CLIENT_FOLLOW_UP -> {
                DemoTrafficIssue issue = current(planned);
                if (issue != null && !issue.awaiting()) {
                    clientWritesBack(issue, at, out);
                }
            }
            case CLIENT_NUDGE -> {
                DemoTrafficIssue issue = issues.get(planned.issue());
                if (issue != null && issue.awaiting() && issue.cycle() == planned.version()) {
                    out.add(clients.nudge(issue, at));
                }
            }
            case RESOLVE -> {
                DemoTrafficIssue issue = current(planned);
                if (issue != null && !issue.awaiting()) {
                    out.add(staff.resolution(at, issue));
                    issues.resolved(issue.key);
                }
            }
        }
    }

    /** Drops the arrivals due before {@code from} and moves what was due on open issues to shortly after it. */
    private void skipTo(Instant from) {
        for (Planned planned = plan.takeBefore(from); planned != null; planned = plan.takeBefore(from)) {
            switch (planned.step()) {
                case ARRIVAL -> plan.schedule(Step.ARRIVAL, calendar.addWorking(from, clients.arrivalGap()));
                case OFF_HOURS -> plan.schedule(Step.OFF_HOURS, from.plus(clients.offHoursGap()));
                case CLIENT_NUDGE -> {
                }
                case STAFF_REPLY, CLIENT_FOLLOW_UP, RESOLVE -> {
                    if (current(planned) != null) {
                        plan.schedule(planned.step(), calendar.addWorking(from, dice.minutes(5, 60)),
                                planned.issue(), planned.version());
                    }
                }
            }
        }
        plan.advanceTo(from);
    }

    /** The planned step's issue if it is still open and has not changed since the step was planned. */
    private DemoTrafficIssue current(Planned planned) {
        DemoTrafficIssue issue = issues.get(planned.issue());
        return issue != null && issue.version() == planned.version() ? issue : null;
    }

    private void createIssue(Instant at, List<DemoAction> out) {
        DemoTrafficIssue issue = clients.newIssue(at, issues.takeKey());
        issues.add(issue);
        out.add(clients.opening(issue, at));
        startCycle(issue, at);
    }

    private void offHoursMessage(Instant at, List<DemoAction> out) {
        clients.writesBackOffHours(issues.answered()).ifPresentOrElse(issue -> clientWritesBack(issue, at, out),
                () -> createIssue(at, out));
    }

    private void clientWritesBack(DemoTrafficIssue issue, Instant at, List<DemoAction> out) {
        out.add(clients.followUp(issue, at));
        startCycle(issue, at);
    }

    /** A client message that starts a waiting spell: plan the answer (and maybe a reminder from the client). */
    private void startCycle(DemoTrafficIssue issue, Instant at) {
        issue.awaitFrom(at);
        boolean unanswered = staff.forgets(at);
        if (!unanswered) {
            plan.schedule(Step.STAFF_REPLY, calendar.addWorking(at, staff.replyDelay(issue)), issue.key,
                    issue.version());
        }
        clients.nudgeDelay(unanswered).ifPresent(delay ->
                plan.schedule(Step.CLIENT_NUDGE, calendar.addWorking(at, delay), issue.key, issue.cycle()));
    }

    /** After an answer the client may write back; otherwise the issue is resolved some time later. */
    private void planAfterReply(DemoTrafficIssue issue, Instant at) {
        if (clients.writesBack(issue.replies())) {
            plan.schedule(Step.CLIENT_FOLLOW_UP, calendar.addWorking(at, clients.followUpDelay()), issue.key,
                    issue.version());
        } else {
            plan.schedule(Step.RESOLVE, calendar.addWorking(at, staff.resolveDelay()), issue.key, issue.version());
        }
    }
}
