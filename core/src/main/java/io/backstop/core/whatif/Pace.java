package io.backstop.core.whatif;

import io.backstop.core.replay.EventType;
import io.backstop.core.replay.Scenario;
import io.backstop.core.replay.ScenarioEvent;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.staff.Absences;
import io.backstop.core.staff.Presence;
import io.backstop.core.staff.Staff;
import io.backstop.core.staff.Substitution;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each person's measured pace, from the recorded period: the median of their reply delays in working time. A reply
 * by whoever held the issue when the client wrote counts from the message (their pace as a holder); any other
 * reply after the message entered the operator's queue (the operator's, a deputy's, the head's) counts from then
 * (their pace from the queue). A reply by someone else before the queue saw the message (helping a present
 * colleague) is no sample of either: it says nothing of how fast they work a queue.
 *
 * @param cycles     every recorded awaiting cycle that a staff reply ended, by the index of that reply's event
 * @param asHolder   by person, the median delay of their replies as holder
 * @param fromQueue  by person, the median delay of their other replies, counted from the queue
 * @param manager    the median of all holders' replies: the pace of a new manager or stand-in
 */
record Pace(Map<Integer, Cycle> cycles, Map<String, Duration> asHolder, Map<String, Duration> fromQueue,
            Duration manager, Map<String, Integer> holderReplies, Map<String, Integer> queueReplies) {

    /**
     * A pace of one kind read from fewer replies than this gives way to the person's other pace when that rests on
     * more: two cover replies that came before the queue say little of how fast someone works the queue.
     */
    static final int MIN_REPLIES = 5;

    /** Who held the issue, who stood first in the operator's line and who answered, as recorded. */
    enum Capacity { HOLDER, OPERATOR, OTHER }

    /**
     * One recorded awaiting cycle: the client waited from {@code since}; the issue entered the queue at
     * {@code queuedAt}; {@code by} answered at {@code repliedAt} after {@code waited} working time, as
     * {@code capacity}; {@code previous} is the issue's last event before the reply.
     */
    record Cycle(String issue, Instant since, Instant queuedAt, Instant previous, Instant repliedAt, String by,
                 Duration waited, String holder, String operator, Capacity capacity) {
    }

    /** The holder at {@code at}: the owner, or the first present in their cover chain (rules 5, 12 and 13). */
    static String holder(Substitution who, String owner, Instant at) {
        return who.isAbsent(owner, at) ? who.coverFor(owner, owner, at).orElse(owner) : owner;
    }

    static Instant queuedAt(Scenario s, ResponsePolicy policy, String issueType, String priority, Instant since) {
        return s.calendar().addWorking(since, policy.goalFor(issueType, priority).queueAfter());
    }

    static Pace of(Scenario s) {
        Presence presence = new Absences(s.absences());
        Substitution who = new Substitution(new Staff(s.people()), presence);
        Map<String, ScenarioEvent> created = new HashMap<>();
        Map<String, Instant> since = new HashMap<>();
        Map<String, Instant> previous = new HashMap<>();
        Map<Integer, Cycle> cycles = new TreeMap<>();
        Map<String, List<Long>> holding = new HashMap<>();
        Map<String, List<Long>> queued = new HashMap<>();
        List<Long> managers = new ArrayList<>();
        List<ScenarioEvent> events = s.events();
        for (int i = 0; i < events.size(); i++) {
            ScenarioEvent e = events.get(i);
            switch (e.type()) {
                case CREATED -> {
                    created.put(e.issue(), e);
                    since.put(e.issue(), e.at());
                }
                case CLIENT_MESSAGE -> since.putIfAbsent(e.issue(), e.at());
                case RESOLVED -> since.remove(e.issue());
                case STAFF_REPLY -> {
                    Instant from = since.remove(e.issue());
                    if (from != null) {
                        ScenarioEvent issue = created.get(e.issue());
                        Instant queue = queuedAt(s, s.policy(), issue.issueType(), issue.priority(), from);
                        String holder = holder(who, issue.owner(), from);
                        String operator = who.takeOverBreach(issue.owner(), queue).orElse(null);
                        Capacity capacity = e.by().equals(holder) ? Capacity.HOLDER
                                : e.by().equals(operator) ? Capacity.OPERATOR : Capacity.OTHER;
                        Duration waited = s.calendar().working(from, e.at());
                        cycles.put(i, new Cycle(e.issue(), from, queue, previous.get(e.issue()), e.at(), e.by(),
                                waited, holder, operator, capacity));
                        if (capacity == Capacity.HOLDER) {
                            holding.computeIfAbsent(e.by(), k -> new ArrayList<>()).add(waited.getSeconds());
                            managers.add(waited.getSeconds());
                        } else if (e.at().isAfter(queue)) {
                            queued.computeIfAbsent(e.by(), k -> new ArrayList<>())
                                    .add(s.calendar().working(queue, e.at()).getSeconds());
                        }
                    }
                }
            }
            previous.put(e.issue(), e.at());
        }
        Map<String, Duration> asHolder = new HashMap<>();
        Map<String, Integer> holderReplies = new HashMap<>();
        holding.forEach((person, delays) -> {
            asHolder.put(person, median(delays));
            holderReplies.put(person, delays.size());
        });
        Map<String, Duration> fromQueue = new HashMap<>();
        Map<String, Integer> queueReplies = new HashMap<>();
        queued.forEach((person, delays) -> {
            fromQueue.put(person, median(delays));
            queueReplies.put(person, delays.size());
        });
        return new Pace(cycles, asHolder, fromQueue, managers.isEmpty() ? Duration.ZERO : median(managers),
                holderReplies, queueReplies);
    }

    /** How soon {@code person} answers a message of an issue they hold. */
    Duration holding(String person) {
        return pick(person, asHolder, holderReplies, fromQueue, queueReplies);
    }

    /** How soon {@code person} answers a message once it is in their queue. */
    Duration queued(String person) {
        return pick(person, fromQueue, queueReplies, asHolder, holderReplies);
    }

    /** Their pace of the kind asked, unless it rests on few replies and the other kind on more; else the manager's. */
    private Duration pick(String person, Map<String, Duration> kind, Map<String, Integer> kindReplies,
                          Map<String, Duration> other, Map<String, Integer> otherReplies) {
        int own = kindReplies.getOrDefault(person, 0);
        int others = otherReplies.getOrDefault(person, 0);
        if (own >= MIN_REPLIES || (own > 0 && own >= others)) {
            return kind.get(person);
        }
        return others > 0 ? other.get(person) : manager;
    }

    /** Nearest rank, as {@link Outcome} reads waiting. */
    static Duration median(List<Long> seconds) {
        List<Long> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(0.5 * sorted.size());
        return Duration.ofSeconds(sorted.get(Math.max(0, rank - 1)));
    }
}
