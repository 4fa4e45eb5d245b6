package io.backstop.sandbox.demo;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.sla.Goal;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Presence;
import io.backstop.core.staff.Role;
import io.backstop.core.staff.Staff;
import io.backstop.core.staff.Substitution;
import io.backstop.sandbox.demo.DemoTraffic.Forgetting;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What the demo department's staff do, drawn from the traffic's {@link DemoDice}: when an issue gets answered, by
 * whom, in what words, and who resolves it.
 *
 * <p>Staff answer a waiting issue after a delay in working time: for an ordinary request 62% within 2 hours (before
 * the operator's queue), 28% within 2-7.5 hours (in the queue, on time), 10% after 8 hours (late: a breach).
 * Complaints and report questions have their own, scaled, delays. Late and queued issues are often answered by the
 * operator; issues of an absent owner by the first present deputy. In a history, a few client messages may go
 * unanswered altogether ({@link Forgetting}), so that some issues are past due by {@code now}.
 */
final class DemoStaffChoices {

    private final DemoDice dice;
    /** Where the staff are: greetings go by their local hour. */
    private final ZoneId zone;
    private final WorkCalendar calendar;
    private final ResponsePolicy policy = DemoDepartment.policy();
    private final Staff staff = DemoDepartment.staff();
    private final Presence presence;
    private final Substitution substitution;
    private final DemoTexts texts;
    private Forgetting forgetting;
    private int forgotten;

    DemoStaffChoices(ZoneId zone, WorkCalendar calendar, Presence presence, DemoDice dice, DemoTexts texts) {
        this.dice = dice;
        this.texts = texts;
        this.zone = zone;
        this.calendar = calendar;
        this.presence = presence;
        this.substitution = new Substitution(staff, presence);
    }

    void forget(Forgetting rule) {
        this.forgetting = rule;
    }

    /** Whether nobody will answer the client message at {@code at}: only while a forgetting rule says so. */
    boolean forgets(Instant at) {
        Forgetting rule = forgetting;
        if (rule == null || at.isBefore(rule.from()) || !at.isBefore(rule.to()) || forgotten >= rule.max()) {
            return false;
        }
        boolean forced = forgotten < rule.min() && !at.isBefore(rule.forceFrom());
        if (forced || dice.chance(rule.chance())) {
            forgotten++;
            return true;
        }
        return false;
    }

    /** Working time until staff answer, by the kind of issue; about one answer in ten is late. */
    Duration replyDelay(DemoTrafficIssue issue) {
        double u = dice.roll();
        if (DemoDepartment.COMPLAINT.equals(issue.issueType)) { // due in 2 hours, queued at once
            return u < 0.6 ? dice.minutes(5, 60) : u < 0.9 ? dice.minutes(60, 115) : dice.minutes(130, 300);
        }
        if (DemoDepartment.CLIENT_REPORT.equals(issue.issueType)) { // due in 16 hours
            return u < 0.5 ? dice.minutes(20, 115) : u < 0.88 ? dice.minutes(120, 900) : dice.minutes(970, 1500);
        }
        return u < 0.62 ? dice.minutes(10, 110) : u < 0.90 ? dice.minutes(120, 450) : u < 0.98
                ? dice.minutes(490, 720) : dice.minutes(720, 1200);
    }

    /** The answer to a waiting issue at {@code at}: late or queued answers are often the operator's. */
    DemoAction reply(Instant at, DemoTrafficIssue issue) {
        Goal goal = policy.goalFor(issue.issueType, issue.priority);
        Instant due = calendar.addWorking(issue.awaitingSince(), goal.respondWithin());
        Instant queuedAt = calendar.addWorking(issue.awaitingSince(), goal.queueAfter());
        boolean late = at.isAfter(due);
        String by = replier(at, issue, late, !at.isBefore(queuedAt));
        return issue.action(at, DemoAction.Kind.STAFF_COMMENT, by, replyText(at, issue, by, late));
    }

    /** Working time from the last answer to the resolution, when the client does not write back. */
    Duration resolveDelay() {
        return dice.minutes(20, 480);
    }

    /** The owner resolves, or whoever answered last, or the owner's deputy, whoever is there. */
    DemoAction resolution(Instant at, DemoTrafficIssue issue) {
        return issue.action(at, DemoAction.Kind.RESOLVE, resolver(at, issue), null);
    }

    private String replier(Instant at, DemoTrafficIssue issue, boolean late, boolean queued) {
        if (DemoDepartment.COMPLAINT.equals(issue.issueType) && dice.chance(0.35)
                && presence.isPresent(DemoDepartment.HEAD, at)) {
            return DemoDepartment.HEAD;
        }
        if ((late && dice.chance(0.7)) || (!late && queued && dice.chance(0.3))) {
            Optional<String> taker = substitution.takeOverBreach(issue.owner, at);
            if (taker.isPresent()) {
                return taker.get();
            }
        }
        return substitution.coverFor(issue.owner, issue.owner, at).orElse(issue.owner);
    }

    private String replyText(Instant at, DemoTrafficIssue issue, String by, boolean late) {
        StringBuilder text = new StringBuilder(texts.greeting(at.atZone(zone).getHour()));
        if (late) {
            text.append(texts.voice.sorry());
        }
        if (!by.equals(issue.owner)) {
            text.append(introduction(at, issue, by));
        }
        text.append(' ').append(issue.replies() == 0 && issue.topic != null
                ? issue.topic.reply() : texts.laterReply(dice.random()));
        return text.toString();
    }

    /** Who is answering instead of the owner, and why. */
    private String introduction(Instant at, DemoTrafficIssue issue, String by) {
        DemoTexts.Voice voice = texts.voice;
        String line = switch (staff.find(by).map(Person::role).orElse(Role.MANAGER)) {
            case HEAD -> voice.head();
            case DIRECTOR -> voice.director();
            case OPERATOR -> voice.operator();
            case OFFICE_MANAGER -> voice.office();
            case MANAGER -> presence.isAbsent(issue.owner, at) ? voice.covering() : voice.helping();
        };
        return String.format(line, DemoDepartment.fullName(by, texts.language),
                DemoDepartment.fullName(issue.owner, texts.language));
    }

    private String resolver(Instant at, DemoTrafficIssue issue) {
        if (presence.isPresent(issue.owner, at)) {
            return issue.owner;
        }
        if (issue.lastReplier() != null && presence.isPresent(issue.lastReplier(), at)) {
            return issue.lastReplier();
        }
        return substitution.coverFor(issue.owner, issue.owner, at).orElse(issue.owner);
    }
}
