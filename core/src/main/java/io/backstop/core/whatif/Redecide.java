package io.backstop.core.whatif;

import io.backstop.core.replay.Scenario;
import io.backstop.core.replay.ScenarioEvent;
import io.backstop.core.sla.ReplyKind;
import io.backstop.core.staff.Absences;
import io.backstop.core.staff.Staff;
import io.backstop.core.staff.Substitution;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recorded events rewritten for the changed staffing: each awaiting cycle's reply is decided again (who answers
 * and when, see {@link WhatIf}); an issue's later events move with its reply ({@link Anchor}), as the client's next
 * message answers it; events pushed past the period's end are left out.
 *
 * @param redecided replies whose author or instant changed
 * @param pastEnd   events pushed past the period's end
 */
record Redecide(List<ScenarioEvent> events, int redecided, int pastEnd) {

    static Redecide of(Scenario s, Pace pace, Staffing staffing) {
        Substitution who = new Substitution(new Staff(staffing.people()), new Absences(staffing.absences()));
        Map<String, Anchor> anchors = new HashMap<>();
        Map<String, ScenarioEvent> created = new HashMap<>();
        Map<String, Instant> since = new HashMap<>();
        List<ScenarioEvent> out = new ArrayList<>(s.events().size());
        int redecided = 0;
        List<ScenarioEvent> events = s.events();
        for (int i = 0; i < events.size(); i++) {
            ScenarioEvent e = events.get(i);
            Anchor anchor = anchors.get(e.issue());
            Instant at = anchor == null ? e.at() : anchor.move(s, e.at());
            ScenarioEvent next = switch (e.type()) {
                case CREATED -> {
                    ScenarioEvent c = ScenarioEvent.created(at, e.issue(), staffing.ownerOf(e.issue(), e.owner()),
                            e.issueType(), e.priority());
                    created.put(e.issue(), c);
                    since.put(e.issue(), at);
                    yield c;
                }
                case CLIENT_MESSAGE -> {
                    since.putIfAbsent(e.issue(), at);
                    yield ScenarioEvent.clientMessage(at, e.issue());
                }
                case RESOLVED -> {
                    since.remove(e.issue());
                    yield ScenarioEvent.resolved(at, e.issue());
                }
                case STAFF_REPLY -> {
                    Instant from = since.remove(e.issue());
                    Pace.Cycle cycle = pace.cycles().get(i);
                    if (from == null || cycle == null) {
                        yield reply(e, at, e.by(), Duration.between(e.at(), at));
                    }
                    Answer answer = decide(s, pace, staffing, who, cycle, created.get(e.issue()), from,
                            cycle.previous() == null ? from
                                    : anchor == null ? cycle.previous() : anchor.move(s, cycle.previous()));
                    if (!answer.at().equals(e.at()) || !answer.by().equals(e.by())) {
                        redecided++;
                    }
                    anchors.put(e.issue(), new Anchor(e.at(), answer.at()));
                    yield reply(e, answer.at(), answer.by(), Duration.between(e.at(), answer.at()));
                }
            };
            out.add(next);
        }
        // Within an issue the instants never decrease (a reply is never before the issue's previous event, and what
        // follows moves with it), so a stable sort keeps each issue's order.
        out.sort(Comparator.comparing(ScenarioEvent::at));
        List<ScenarioEvent> kept = out.stream().filter(e -> !e.at().isAfter(s.until())).toList();
        return new Redecide(kept, redecided, out.size() - kept.size());
    }

    private static ScenarioEvent reply(ScenarioEvent e, Instant at, String by, Duration shift) {
        ReplyKind kind = e.reply();
        if (kind.holding() && kind.promise() != null) {
            kind = ReplyKind.holding(kind.promise().plus(shift));
        }
        return new ScenarioEvent(at, e.type(), e.issue(), null, null, null, by, kind);
    }

    private record Answer(Instant at, String by) {
    }

    /**
     * An issue's last reply, recorded at {@code recorded} and now at {@code now}: what the client did after it moves
     * with it, after the same working time (a message written an hour of working time after the reply still is), so
     * every later wait is measured as it was.
     */
    private record Anchor(Instant recorded, Instant now) {
        Instant move(Scenario s, Instant at) {
            return recorded.equals(now) ? at : s.calendar().addWorking(now, s.calendar().working(recorded, at));
        }
    }

    /**
     * Who answers the cycle under the changed staffing, and when: the earliest of
     * <ul>
     *   <li>the recorded replier, if they still stand where they answered from (the issue's holder, the first in
     *   the operator's line with the same queue, or anyone else, such as the head), after the working time they
     *   took;</li>
     *   <li>a new holder (another owner, a cover who was not the holder before) at their pace as a holder;</li>
     *   <li>the operator's line when it changed (another person, another queue threshold): once the message is in
     *   the queue, at their pace from the queue;</li>
     * </ul>
     * never before the issue's previous event ({@code floor}), as the reply answers it.
     */
    private static Answer decide(Scenario s, Pace pace, Staffing staffing, Substitution who, Pace.Cycle cycle,
                                 ScenarioEvent issue, Instant from, Instant floor) {
        Instant queue = Pace.queuedAt(s, staffing.policy(), issue.issueType(), issue.priority(), from);
        String holder = Pace.holder(who, issue.owner(), from);
        String operator = who.takeOverBreach(issue.owner(), queue).orElse(null);
        boolean sameQueue = s.calendar().working(from, queue).equals(
                s.calendar().working(cycle.since(), cycle.queuedAt()));
        boolean operatorChanged = operator != null && (!operator.equals(cycle.operator()) || !sameQueue);
        Answer best = null;
        boolean stays = switch (cycle.capacity()) {
            case HOLDER -> holder.equals(cycle.by());
            case OPERATOR -> !operatorChanged;
            case OTHER -> true;
        };
        if (stays) {
            // after the working time they took; an unmoved message keeps its reply exactly
            best = new Answer(from.equals(cycle.since()) ? cycle.repliedAt()
                    : s.calendar().addWorking(from, cycle.waited()), cycle.by());
        }
        if (!holder.equals(cycle.holder())) {
            best = earlier(best, new Answer(s.calendar().addWorking(from, pace.holding(holder)), holder));
        }
        if (operatorChanged) {
            best = earlier(best, new Answer(s.calendar().addWorking(queue, pace.queued(operator)), operator));
        }
        if (best == null) {
            best = new Answer(s.calendar().addWorking(from, cycle.waited()), cycle.by());
        }
        return best.at().isBefore(floor) ? new Answer(floor, best.by()) : best;
    }

    private static Answer earlier(Answer a, Answer b) {
        return a == null || b.at().isBefore(a.at()) ? b : a;
    }
}
