package io.backstop.sandbox.demo;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.sla.Goal;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.staff.Presence;
import io.backstop.core.staff.Role;
import io.backstop.core.staff.Staff;
import io.backstop.core.staff.Substitution;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * The live flow of a running demo department: clients open issues and write back, staff answer after a plausible
 * delay (sometimes late, sometimes the operator or a deputy), answered issues get resolved.
 *
 * <p>It is a discrete-event generator with its own plan of what happens next. {@link #next(Instant, Instant)} hands
 * out, in time order, everything planned in a window and plans what follows from it. All randomness comes from the
 * given {@link Random}, drawn in the order things happen, so the same {@code Random} seed gives the same actions,
 * however the time is cut into consecutive windows.
 *
 * <ul>
 *   <li>New issues arrive as a Poisson stream of {@value #ISSUES_PER_WORKING_HOUR} per working hour (working time
 *       of the demo calendar), from clients weighted by what they pay (the newcomer sidorova's clients by
 *       {@value #NEWCOMER_LOAD} of that: she was given the quiet accounts); about 2% are complaints, 6-20% questions
 *       about the monthly report (more in the first ten days of a month), the rest client requests.</li>
 *   <li>Outside working hours only a rare client message comes in ({@value #OFF_HOURS_MESSAGES_PER_HOUR} an hour
 *       on average): a new issue or a client writing back on an answered one.</li>
 *   <li>Staff answer an awaiting issue after a delay in working time: for an ordinary request 62% within
 *       2 hours (before the operator's queue), 28% within 2-7.5 hours (in the queue, on time), 10% after 8 hours
 *       (late: a breach). Complaints and report questions have their own, scaled, delays. Late and queued issues
 *       are often answered by the operator; issues of an absent owner by the first present deputy.</li>
 *   <li>After an answer the client writes back (45%, then 25%, then 8%), or the issue is resolved later.</li>
 *   <li>While waiting, a client sometimes writes again ("Any news on this?"), which does not move the clock.</li>
 * </ul>
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

    private enum Step { ARRIVAL, OFF_HOURS, STAFF_REPLY, CLIENT_FOLLOW_UP, CLIENT_NUDGE, RESOLVE }

    /** @param version the issue's plan version (replies, follow-ups, resolutions) or awaiting cycle (nudges) */
    private record Planned(Instant at, long seq, Step step, String issue, int version) {
    }

    /** History only: some issues arriving in {@code [from, to)} get no answer at all. */
    record Forgetting(Instant from, Instant to, Instant forceFrom, int min, int max, double chance) {
    }

    private static final class Model {
        String key;
        String owner;
        String client;
        String issueType;
        String priority;
        String summary;
        DemoTexts.Topic topic;
        Instant awaitingSince;
        int cycle;
        int version;
        int replies;
        String lastReplier;

        DemoAction action(Instant at, DemoAction.Kind kind, String author, String body) {
            return new DemoAction(at, kind, key, author, owner, client, issueType, priority, summary, body);
        }

        DemoIssue snapshot() {
            return new DemoIssue(key, owner, client, issueType, priority, summary, awaitingSince, replies);
        }
    }

    private final List<DemoClient> clients;
    private final double[] cumulativeWeight;
    private final ZoneId zone;
    private final WorkCalendar calendar;
    private final ResponsePolicy policy;
    private final Staff staff;
    private final Presence presence;
    private final Substitution substitution;
    private final Random random;
    private final Map<String, Model> open = new LinkedHashMap<>();
    /** Every issue ever opened here, so that a creation seen again does not reopen a resolved issue. */
    private final Set<String> known = new HashSet<>();
    private final PriorityQueue<Planned> plan =
            new PriorityQueue<>(Comparator.comparing(Planned::at).thenComparingLong(Planned::seq));
    private long seq;
    /** Issues numbered below this were there before the generator started; it knows only the open ones. */
    private final int firstIssueNumber;
    private int nextIssueNumber;
    private Instant cursor;
    private Forgetting forgetting;
    private int forgotten;

    private DemoTraffic(List<DemoClient> clients, ZoneId zone, Presence presence, Random random, Instant from,
                        int nextIssueNumber) {
        if (clients.isEmpty()) {
            throw new IllegalArgumentException("the demo traffic needs clients");
        }
        if (nextIssueNumber < 1) {
            throw new IllegalArgumentException("issue numbers start at 1");
        }
        this.clients = List.copyOf(clients);
        this.cumulativeWeight = new double[this.clients.size()];
        double sum = 0;
        for (int i = 0; i < this.clients.size(); i++) {
            DemoClient client = this.clients.get(i);
            sum += Math.sqrt(Math.max(1, client.monthlyRoubles()))
                    * (DemoDepartment.SIDOROVA.equals(client.manager()) ? NEWCOMER_LOAD : 1.0);
            cumulativeWeight[i] = sum;
        }
        this.zone = Objects.requireNonNull(zone, "zone");
        this.calendar = DemoDepartment.calendar(zone);
        this.policy = DemoDepartment.policy();
        this.staff = DemoDepartment.staff();
        this.presence = Objects.requireNonNull(presence, "presence");
        this.substitution = new Substitution(staff, presence);
        this.random = Objects.requireNonNull(random, "random");
        this.cursor = Objects.requireNonNull(from, "from");
        this.nextIssueNumber = nextIssueNumber;
        this.firstIssueNumber = nextIssueNumber;
        schedule(Step.ARRIVAL, calendar.addWorking(from, arrivalGap()), null, 0);
        schedule(Step.OFF_HOURS, from.plus(offHoursGap()), null, 0);
    }

    /** A department with no issues yet: the first issue is {@code WEB-1}. */
    public static DemoTraffic start(List<DemoClient> clients, ZoneId zone, Presence presence, Random random,
                                    Instant from) {
        return new DemoTraffic(clients, zone, presence, random, from, 1);
    }

    /**
     * Goes on from a known state, e.g. the end of a {@link DemoHistory} or what the sandbox has stored: the open
     * issues (in creation order) get answers, follow-ups and resolutions planned from {@code from} on, and new
     * issues are numbered from {@code nextIssueNumber}.
     *
     * @param presence who is away when; the sandbox passes its absences, so that absent people do not answer
     */
    public static DemoTraffic resume(List<DemoClient> clients, ZoneId zone, Presence presence, Random random,
                                     Instant from, int nextIssueNumber, Collection<DemoIssue> openIssues) {
        DemoTraffic traffic = new DemoTraffic(clients, zone, presence, random, from, nextIssueNumber);
        for (DemoIssue issue : openIssues) {
            Model model = new Model();
            model.key = issue.issue();
            model.owner = issue.owner();
            model.client = issue.client();
            model.issueType = issue.issueType();
            model.priority = issue.priority();
            model.summary = issue.summary();
            model.replies = issue.staffReplies();
            model.lastReplier = issue.owner();
            traffic.open.put(model.key, model);
            traffic.known.add(model.key);
            if (issue.awaiting()) {
                model.awaitingSince = issue.awaitingSince();
                model.cycle = 1;
                Instant at = traffic.calendar.addWorking(issue.awaitingSince(), traffic.replyDelay(model));
                if (!at.isAfter(from)) {
                    // Overdue already: somebody gets to it soon.
                    at = traffic.calendar.addWorking(from, minutes(traffic.between(10, 120)));
                }
                traffic.schedule(Step.STAFF_REPLY, at, model.key, model.version);
            } else {
                traffic.planAfterReply(model, from);
            }
        }
        return traffic;
    }

    /**
     * The actions planned in {@code [from, to)}, in time order, and never before the cursor. Consecutive windows ({@code from} = the previous
     * {@code to}) are the normal use. A window starting before the {@linkplain #cursor() cursor} starts at the
     * cursor (nothing is handed out twice). A window starting after it skips the gap: new arrivals in the gap are
     * dropped, and answers, follow-ups and resolutions that were due in it are moved to shortly after {@code from}.
     */
    public List<DemoAction> next(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends before it starts: " + from + " .. " + to);
        }
        if (from.isAfter(cursor)) {
            skipTo(from);
        }
        List<DemoAction> actions = new ArrayList<>();
        while (!plan.isEmpty() && plan.peek().at().isBefore(to)) {
            handle(plan.poll(), actions);
        }
        if (to.isAfter(cursor)) {
            cursor = to;
        }
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
        Model model = open.get(action.issue());
        switch (action.kind()) {
            case CREATE_ISSUE -> {
                int number = issueNumber(action.issue());
                if ((number > 0 && number < firstIssueNumber) || !known.add(action.issue())) {
                    return;
                }
                model = new Model();
                model.key = action.issue();
                model.owner = action.owner();
                model.client = action.client();
                model.issueType = action.issueType();
                model.priority = action.priority();
                model.summary = action.summary();
                model.lastReplier = action.owner();
                open.put(model.key, model);
                if (number >= nextIssueNumber) {
                    nextIssueNumber = number + 1;
                }
                startCycle(model, action.at());
            }
            case CLIENT_COMMENT -> {
                if (model != null && model.awaitingSince == null) {
                    startCycle(model, action.at());
                }
            }
            case STAFF_COMMENT -> {
                if (model != null && model.awaitingSince != null) {
                    answered(model, action.author());
                    planAfterReply(model, action.at());
                }
            }
            case RESOLVE -> open.remove(action.issue());
        }
    }

    /** The end of the last window handed out: everything planned before it has happened. */
    public Instant cursor() {
        return cursor;
    }

    /** The number the next new issue gets ({@code WEB-n}). */
    public int nextIssueNumber() {
        return nextIssueNumber;
    }

    /** The open issues as the generator sees them, in creation order. */
    public List<DemoIssue> openIssues() {
        return open.values().stream().map(Model::snapshot).toList();
    }

    void forget(Forgetting rule) {
        this.forgetting = rule;
    }

    // ---- the plan ----

    private void handle(Planned planned, List<DemoAction> out) {
        Instant at = planned.at();
        switch (planned.step()) {
            case ARRIVAL -> {
                createIssue(at, out);
                schedule(Step.ARRIVAL, calendar.addWorking(at, arrivalGap()), null, 0);
            }
            case OFF_HOURS -> {
                if (!calendar.isWorking(at)) {
                    offHoursMessage(at, out);
                }
                schedule(Step.OFF_HOURS, at.plus(offHoursGap()), null, 0);
            }
            case STAFF_REPLY -> {
                Model model = current(planned);
                if (model != null && model.awaitingSince != null) {
                    staffReply(at, model, out);
                }
            }
            case CLIENT_FOLLOW_UP -> {
                Model model = current(planned);
                if (model != null && model.awaitingSince == null) {
                    out.add(model.action(at, DemoAction.Kind.CLIENT_COMMENT, DemoDepartment.CLIENT,
                            DemoTexts.followUp(random)));
                    startCycle(model, at);
                }
            }
            case CLIENT_NUDGE -> {
                Model model = open.get(planned.issue());
                if (model != null && model.awaitingSince != null && model.cycle == planned.version()) {
                    out.add(model.action(at, DemoAction.Kind.CLIENT_COMMENT, DemoDepartment.CLIENT,
                            DemoTexts.nudge(random)));
                }
            }
            case RESOLVE -> {
                Model model = current(planned);
                if (model != null && model.awaitingSince == null) {
                    out.add(model.action(at, DemoAction.Kind.RESOLVE, resolver(at, model), null));
                    open.remove(model.key);
                }
            }
        }
    }

    private void skipTo(Instant from) {
        while (!plan.isEmpty() && plan.peek().at().isBefore(from)) {
            Planned planned = plan.poll();
            switch (planned.step()) {
                case ARRIVAL -> schedule(Step.ARRIVAL, calendar.addWorking(from, arrivalGap()), null, 0);
                case OFF_HOURS -> schedule(Step.OFF_HOURS, from.plus(offHoursGap()), null, 0);
                case CLIENT_NUDGE -> {
                }
                case STAFF_REPLY, CLIENT_FOLLOW_UP, RESOLVE -> {
                    if (current(planned) != null) {
                        schedule(planned.step(), calendar.addWorking(from, minutes(between(5, 60))),
                                planned.issue(), planned.version());
                    }
                }
            }
        }
        cursor = from;
    }

    private Model current(Planned planned) {
        Model model = open.get(planned.issue());
        return model != null && model.version == planned.version() ? model : null;
    }

    private void schedule(Step step, Instant at, String issue, int version) {
        // Only an observed action from before the cursor can plan into the past; it happens at the cursor instead.
        plan.add(new Planned(at.isBefore(cursor) ? cursor : at, seq++, step, issue, version));
    }

    // ---- clients ----

    private void createIssue(Instant at, List<DemoAction> out) {
        DemoClient client = pickClient();
        ZonedDateTime local = at.atZone(zone);
        double reportShare = local.getDayOfMonth() <= 10 ? 0.20 : 0.06;
        double kind = random.nextDouble();
        Model model = new Model();
        DemoTexts.Topic topic;
        if (kind < 0.02) {
            model.issueType = DemoDepartment.COMPLAINT;
            topic = DemoTexts.pick(DemoTexts.COMPLAINTS, random);
            model.priority = random.nextDouble() < 0.6 ? "High" : "Highest";
        } else if (kind < 0.02 + reportShare) {
            model.issueType = DemoDepartment.CLIENT_REPORT;
            topic = DemoTexts.pick(DemoTexts.REPORTS, random);
            model.priority = random.nextDouble() < 0.7 ? "Medium" : "Low";
        } else {
            model.issueType = DemoDepartment.CLIENT_REQUEST;
            List<DemoTexts.Topic> topics = DemoTexts.REQUESTS.stream()
                    .filter(t -> client.buys(t.service())).toList();
            topic = DemoTexts.pick(topics.isEmpty() ? DemoTexts.REQUESTS : topics, random);
            double p = random.nextDouble();
            model.priority = p < 0.60 ? "Medium" : p < 0.80 ? "High" : p < 0.95 ? "Low" : "Highest";
        }
        model.key = DemoDepartment.issueKey(nextIssueNumber++);
        model.owner = client.manager();
        model.client = client.name();
        model.topic = topic;
        model.summary = DemoTexts.withMonth(topic.summary(), local.toLocalDate());
        model.lastReplier = client.manager();
        open.put(model.key, model);
        known.add(model.key);
        out.add(model.action(at, DemoAction.Kind.CREATE_ISSUE, DemoDepartment.CLIENT,
                DemoTexts.withMonth(topic.description(), local.toLocalDate())));
        startCycle(model, at);
    }

    private void offHoursMessage(Instant at, List<DemoAction> out) {
        List<Model> answered = open.values().stream().filter(m -> m.awaitingSince == null).toList();
        if (!answered.isEmpty() && random.nextDouble() < 0.4) {
            Model model = DemoTexts.pick(answered, random);
            out.add(model.action(at, DemoAction.Kind.CLIENT_COMMENT, DemoDepartment.CLIENT,
                    DemoTexts.followUp(random)));
            startCycle(model, at);
        } else {
            createIssue(at, out);
        }
    }

    /** A client message that starts an awaiting cycle: plan the answer (and maybe a reminder from the client). */
    private void startCycle(Model model, Instant at) {
        model.awaitingSince = at;
        model.cycle++;
        model.version++;
        if (forgets(at)) {
            if (random.nextDouble() < 0.6) {
                schedule(Step.CLIENT_NUDGE, calendar.addWorking(at, minutes(between(180, 420))), model.key,
                        model.cycle);
            }
            return;
        }
        schedule(Step.STAFF_REPLY, calendar.addWorking(at, replyDelay(model)), model.key, model.version);
        if (random.nextDouble() < 0.15) {
            schedule(Step.CLIENT_NUDGE, calendar.addWorking(at, minutes(between(30, 240))), model.key,
                    model.cycle);
        }
    }

    private boolean forgets(Instant at) {
        Forgetting rule = forgetting;
        if (rule == null || at.isBefore(rule.from()) || !at.isBefore(rule.to()) || forgotten >= rule.max()) {
            return false;
        }
        boolean forced = forgotten < rule.min() && !at.isBefore(rule.forceFrom());
        if (forced || random.nextDouble() < rule.chance()) {
            forgotten++;
            return true;
        }
        return false;
    }

    // ---- staff ----

    /** Working time until staff answer, by the kind of issue; about one answer in ten is late. */
    private Duration replyDelay(Model model) {
        double u = random.nextDouble();
        if (DemoDepartment.COMPLAINT.equals(model.issueType)) { // due in 2 hours, queued at once
            return minutes(u < 0.6 ? between(5, 60) : u < 0.9 ? between(60, 115) : between(130, 300));
        }
        if (DemoDepartment.CLIENT_REPORT.equals(model.issueType)) { // due in 16 hours
            return minutes(u < 0.5 ? between(20, 115) : u < 0.88 ? between(120, 900) : between(970, 1500));
        }
        return minutes(u < 0.62 ? between(10, 110) : u < 0.90 ? between(120, 450) : u < 0.98
                ? between(490, 720) : between(720, 1200));
    }

    private void staffReply(Instant at, Model model, List<DemoAction> out) {
        Goal goal = policy.goalFor(model.issueType, model.priority);
        Instant due = calendar.addWorking(model.awaitingSince, goal.respondWithin());
        Instant queuedAt = calendar.addWorking(model.awaitingSince, goal.queueAfter());
        boolean late = at.isAfter(due);
        String by = replier(at, model, late, !at.isBefore(queuedAt));
        out.add(model.action(at, DemoAction.Kind.STAFF_COMMENT, by, replyText(at, model, by, late)));
        answered(model, by);
        planAfterReply(model, at);
    }

    private String replier(Instant at, Model model, boolean late, boolean queued) {
        if (DemoDepartment.COMPLAINT.equals(model.issueType) && random.nextDouble() < 0.35
                && presence.isPresent(DemoDepartment.HEAD, at)) {
            return DemoDepartment.HEAD;
        }
        if ((late && random.nextDouble() < 0.7) || (!late && queued && random.nextDouble() < 0.3)) {
            var taker = substitution.takeOverBreach(at);
            if (taker.isPresent()) {
                return taker.get();
            }
        }
        return substitution.coverFor(model.owner, at).orElse(model.owner);
    }

    private String replyText(Instant at, Model model, String by, boolean late) {
        StringBuilder text = new StringBuilder(DemoTexts.greeting(at.atZone(zone).getHour()));
        if (late) {
            text.append(" Sorry for the delay.");
        }
        if (!by.equals(model.owner)) {
            String owner = DemoDepartment.fullName(model.owner);
            Role role = staff.find(by).map(p -> p.role()).orElse(Role.MANAGER);
            switch (role) {
                case HEAD -> text.append(" This is ").append(DemoDepartment.fullName(by))
                        .append(", head of client support.");
                case OPERATOR -> text.append(" This is ").append(DemoDepartment.fullName(by))
                        .append(", duty manager; I am answering for ").append(owner).append('.');
                case OFFICE_MANAGER -> text.append(" This is ").append(DemoDepartment.fullName(by))
                        .append(" from the office, answering for ").append(owner).append('.');
                case MANAGER -> text.append(presence.isAbsent(model.owner, at)
                        ? " I am covering for " + owner + " while she is away."
                        : " I am helping " + owner + " with this.");
            }
        }
        text.append(' ').append(model.replies == 0 && model.topic != null
                ? model.topic.reply() : DemoTexts.laterReply(random));
        return text.toString();
    }

    private void answered(Model model, String by) {
        model.awaitingSince = null;
        model.replies++;
        model.version++;
        model.lastReplier = by;
    }

    /** After an answer the client may write back; otherwise the issue is resolved some time later. */
    private void planAfterReply(Model model, Instant at) {
        double writesBack = model.replies <= 1 ? 0.45 : model.replies == 2 ? 0.25 : 0.08;
        if (random.nextDouble() < writesBack) {
            schedule(Step.CLIENT_FOLLOW_UP, calendar.addWorking(at, minutes(between(10, 360))), model.key,
                    model.version);
        } else {
            schedule(Step.RESOLVE, calendar.addWorking(at, minutes(between(20, 480))), model.key, model.version);
        }
    }

    private String resolver(Instant at, Model model) {
        if (presence.isPresent(model.owner, at)) {
            return model.owner;
        }
        if (model.lastReplier != null && presence.isPresent(model.lastReplier, at)) {
            return model.lastReplier;
        }
        return substitution.coverFor(model.owner, at).orElse(model.owner);
    }

    // ---- randomness ----

    private DemoClient pickClient() {
        double target = random.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1];
        for (int i = 0; i < cumulativeWeight.length; i++) {
            if (target < cumulativeWeight[i]) {
                return clients.get(i);
            }
        }
        return clients.get(clients.size() - 1);
    }

    /** Working time to the next new issue: exponential with mean 1 / {@link #ISSUES_PER_WORKING_HOUR} hours. */
    private Duration arrivalGap() {
        return exponentialSeconds(3600.0 / ISSUES_PER_WORKING_HOUR);
    }

    /** Wall-clock time to the next (possible) off-hours message. */
    private Duration offHoursGap() {
        return exponentialSeconds(3600.0 / OFF_HOURS_MESSAGES_PER_HOUR);
    }

    private Duration exponentialSeconds(double meanSeconds) {
        double seconds = -Math.log(1 - random.nextDouble()) * meanSeconds;
        return Duration.ofSeconds(Math.max(1, Math.round(seconds)));
    }

    /** A whole number of minutes in {@code [low, high]}. */
    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private static Duration minutes(int minutes) {
        return Duration.ofMinutes(minutes);
    }

    /** n of {@code WEB-n}; 0 for a key of another form. */
    private static int issueNumber(String key) {
        String prefix = DemoDepartment.PROJECT + "-";
        if (key.startsWith(prefix)) {
            try {
                return Math.max(0, Integer.parseInt(key.substring(prefix.length())));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
