package io.backstop.sandbox.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the demo department's clients do, drawn from the traffic's {@link DemoDice}.
 *
 * <ul>
 *   <li>New issues arrive as a Poisson stream of {@value DemoTraffic#ISSUES_PER_WORKING_HOUR} per working hour
 *       (working time of the demo calendar), from clients weighted by what they pay (the newcomer sidorova's
 *       clients by {@value DemoTraffic#NEWCOMER_LOAD} of that: she was given the quiet accounts); about 2% are
 *       complaints, 6-20% questions about the monthly report (more in the first ten days of a month), the rest
 *       client requests.</li>
 *   <li>Outside working hours only a rare client message comes in
 *       ({@value DemoTraffic#OFF_HOURS_MESSAGES_PER_HOUR} an hour on average): a new issue or a client writing back
 *       on an answered one.</li>
 *   <li>After an answer the client writes back (45%, then 25%, then 8%), or the issue is resolved later.</li>
 *   <li>While waiting, a client sometimes writes again ("Any news on this?"), which does not move the clock.</li>
 * </ul>
 */
final class DemoClientChoices {

    private final DemoDice dice;
    /** Where the clients are: the day of the month decides how many write about their monthly report. */
    private final ZoneId zone;
    private final List<DemoClient> clients;
    private final DemoTexts texts;
    /** Running sums of the clients' weights, for picking the client who writes. */
    private final double[] cumulativeWeight;

    DemoClientChoices(List<DemoClient> clients, ZoneId zone, DemoDice dice, DemoTexts texts) {
        this.dice = dice;
        this.texts = texts;
        this.zone = zone;
        this.clients = List.copyOf(clients);
        this.cumulativeWeight = new double[this.clients.size()];
        double sum = 0;
        for (int i = 0; i < this.clients.size(); i++) {
            DemoClient client = this.clients.get(i);
            sum += Math.sqrt(Math.max(1, client.monthlyRoubles()))
                    * (DemoDepartment.SIDOROVA.equals(client.manager()) ? DemoTraffic.NEWCOMER_LOAD : 1.0);
            cumulativeWeight[i] = sum;
        }
    }

    /**
     * Working time to the next new issue: exponential with mean 1 / {@value DemoTraffic#ISSUES_PER_WORKING_HOUR}
     * hours.
     */
    Duration arrivalGap() {
        return dice.exponential(3600.0 / DemoTraffic.ISSUES_PER_WORKING_HOUR);
    }

    /** Wall-clock time to the next (possible) off-hours message. */
    Duration offHoursGap() {
        return dice.exponential(3600.0 / DemoTraffic.OFF_HOURS_MESSAGES_PER_HOUR);
    }

    /** A new issue from a client, of a kind and priority by the shares above; {@code key} is its number. */
    DemoTrafficIssue newIssue(Instant at, String key) {
        DemoClient client = pickClient();
        LocalDate day = at.atZone(zone).toLocalDate();
        double reportShare = day.getDayOfMonth() <= 10 ? 0.20 : 0.06;
        double kind = dice.roll();
        String issueType;
        DemoTexts.Topic topic;
        String priority;
        if (kind < 0.02) {
            issueType = DemoDepartment.COMPLAINT;
            topic = dice.pick(texts.complaints);
            priority = dice.chance(0.6) ? "High" : "Highest";
        } else if (kind < 0.02 + reportShare) {
            issueType = DemoDepartment.CLIENT_REPORT;
            topic = dice.pick(texts.reports);
            priority = dice.chance(0.7) ? "Medium" : "Low";
        } else {
            issueType = DemoDepartment.CLIENT_REQUEST;
            List<DemoTexts.Topic> topics = texts.requests.stream()
                    .filter(t -> client.buys(t.service())).toList();
            topic = dice.pick(topics.isEmpty() ? texts.requests : topics);
            double p = dice.roll();
            priority = p < 0.60 ? "Medium" : p < 0.80 ? "High" : p < 0.95 ? "Low" : "Highest";
        }
        return new DemoTrafficIssue(key, client.manager(), client.name(), issueType, priority,
                texts.withMonth(topic.summary(), day), topic);
    }

    /** The client opening an issue of {@link #newIssue}, with the topic's description. */
    DemoAction opening(DemoTrafficIssue issue, Instant at) {
        return issue.action(at, DemoAction.Kind.CREATE_ISSUE, DemoDepartment.CLIENT,
                texts.withMonth(issue.topic.description(), at.atZone(zone).toLocalDate()));
    }

    /** Off hours: sometimes a client writes back on one of the answered issues, otherwise a new issue comes in. */
    Optional<DemoTrafficIssue> writesBackOffHours(List<DemoTrafficIssue> answered) {
        return !answered.isEmpty() && dice.chance(0.4) ? Optional.of(dice.pick(answered)) : Optional.empty();
    }

    /** Whether the client writes back after an answer: less likely after each one. */
    boolean writesBack(int staffReplies) {
        return dice.chance(staffReplies <= 1 ? 0.45 : staffReplies == 2 ? 0.25 : 0.08);
    }

    /** Working time from an answer to the client writing back. */
    Duration followUpDelay() {
        return dice.minutes(10, 360);
    }

    DemoAction followUp(DemoTrafficIssue issue, Instant at) {
        return issue.action(at, DemoAction.Kind.CLIENT_COMMENT, DemoDepartment.CLIENT,
                texts.followUp(dice.random()));
    }

    /**
     * Working time until a waiting client asks again, if they will: more likely, and later, when nobody is going
     * to answer at all.
     */
    Optional<Duration> nudgeDelay(boolean unanswered) {
        if (unanswered) {
            return dice.chance(0.6) ? Optional.of(dice.minutes(180, 420)) : Optional.empty();
        }
        return dice.chance(0.15) ? Optional.of(dice.minutes(30, 240)) : Optional.empty();
    }

    DemoAction nudge(DemoTrafficIssue issue, Instant at) {
        return issue.action(at, DemoAction.Kind.CLIENT_COMMENT, DemoDepartment.CLIENT,
                texts.nudge(dice.random()));
    }

    private DemoClient pickClient() {
        double target = dice.roll() * cumulativeWeight[cumulativeWeight.length - 1];
        for (int i = 0; i < cumulativeWeight.length; i++) {
            if (target < cumulativeWeight[i]) {
                return clients.get(i);
            }
        }
        return clients.get(clients.size() - 1);
    }
}
