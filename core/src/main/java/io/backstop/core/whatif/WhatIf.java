package io.backstop.core.whatif;

import io.backstop.core.replay.EventType;
import io.backstop.core.replay.Replay;
import io.backstop.core.replay.ReplayResult;
import io.backstop.core.replay.Scenario;
import io.backstop.core.replay.ScenarioEvent;
import io.backstop.core.sla.Goal;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Check;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays a recorded period twice, as it was and with one change, through the same rules.
 *
 * <p>Staff replies keep their recorded instants: the replay shows what the rules would have done (which messages
 * breach, where issues go) with the people answering as fast as they did. The one exception is the extra manager:
 * <ul>
 *   <li>they take every (m+1)-th issue of each of the m managers, in the order the issues were created, so every
 *   manager gives up 1/(m+1) of their work and all m+1 end with the same share;</li>
 *   <li>they answer their issues' messages within the department's median waiting of the recorded period (in
 *   working time), or at the recorded reply if that was sooner, never before the issue's previous event; the
 *   recorded replier is replaced by them.</li>
 * </ul>
 * So a changed threshold moves breaches and reassignments but not waiting; another operator moves where breached
 * and absent managers' issues go; an extra manager shortens the waits of the issues they take.
 */
public final class WhatIf {

    private WhatIf() {
    }

    public static Comparison compare(Scenario actual, Change change) {
        Check.notNull(actual, "scenario");
        Check.notNull(change, "change");
        ReplayResult recorded = Replay.run(actual);
        Outcome before = Outcome.of(recorded);
        long median = before.medianWaitSeconds().orElse(0);
        Changed changed = apply(actual, change, Duration.ofSeconds(median));
        return new Comparison(change, before, Outcome.of(Replay.run(changed.scenario())), changed.movedIssues());
    }

    /** The scenario with the change made, and how many issues changed hands. */
    public record Changed(Scenario scenario, int movedIssues) {
    }

    /** @param typicalWait how long, in working time, an extra manager takes to answer */
    public static Changed apply(Scenario s, Change change, Duration typicalWait) {
        Check.notNull(s, "scenario");
        Check.notNull(change, "change");
        if (change instanceof Change.Threshold t) {
            Goal standard = s.policy().standard();
            return new Changed(withPolicy(s, new ResponsePolicy(
                    new Goal(t.queueAfter().orElse(standard.queueAfter()), t.respondWithin(), standard.answerWithin()),
                    s.policy().returnToOwner(), s.policy().overrides(), s.policy().remindBefore())), 0);
        }
        if (change instanceof Change.Operator o) {
            return new Changed(withPeople(s, operator(s.people(), o.person()), s.events()), 0);
        }
        return extraManager(s, ((Change.ExtraManager) change).name(), typicalWait);
    }

    private static List<Person> operator(List<Person> people, String name) {
        Person chosen = people.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> Check.invalid("person", "\"" + name + "\" is not in the department"));
        if (chosen.role() == Role.OPERATOR) {
            throw Check.invalid("person", "\"" + name + "\" is the operator already");
        }
        if (chosen.role() == Role.HEAD) {
            throw Check.invalid("person", "the head stays the head; choose a manager or the office manager");
        }
        Person former = people.stream().filter(p -> p.role() == Role.OPERATOR).findFirst().orElseThrow();
        List<Person> next = new ArrayList<>();
        for (Person p : people) {
            if (p.name().equals(name)) {
                next.add(new Person(name, Role.OPERATOR, without(former.deputies(), name), p.coversFrom()));
            } else if (p == former) {
                next.add(new Person(former.name(), Role.MANAGER, without(chosen.deputies(), former.name()),
                        former.coversFrom()));
            } else {
                next.add(p);
            }
        }
        return next;
    }

    private static List<String> without(List<String> names, String name) {
        return names.stream().filter(n -> !n.equals(name)).toList();
    }

    private static Changed extraManager(Scenario s, String name, Duration typicalWait) {
        if (s.people().stream().anyMatch(p -> p.name().equals(name))) {
            throw Check.invalid("name", "\"" + name + "\" is in the department already; name the new manager");
        }
        Set<String> managers = new HashSet<>();
        s.people().stream().filter(p -> p.role() == Role.MANAGER).forEach(p -> managers.add(p.name()));
        if (managers.isEmpty()) {
            throw Check.invalid("change", "the department has no managers to share work with");
        }
        int share = managers.size() + 1;
        Map<String, Integer> createdBy = new HashMap<>();
        Set<String> moved = new HashSet<>();
        Map<String, Instant> previous = new HashMap<>();
        Map<String, Instant> awaitingSince = new HashMap<>();
        List<ScenarioEvent> events = new ArrayList<>(s.events().size());
        for (ScenarioEvent e : s.events()) {
            ScenarioEvent next = e;
            if (e.type() == EventType.CREATED && managers.contains(e.owner())
                    && createdBy.merge(e.owner(), 1, Integer::sum) % share == 0) {
                moved.add(e.issue());
                next = ScenarioEvent.created(e.at(), e.issue(), name, e.issueType(), e.priority());
            }
            if (moved.contains(e.issue())) {
                switch (e.type()) {
                    case CREATED -> awaitingSince.put(e.issue(), e.at());
                    case CLIENT_MESSAGE -> awaitingSince.putIfAbsent(e.issue(), e.at());
                    case STAFF_REPLY -> {
                        Instant since = awaitingSince.remove(e.issue());
                        Instant at = e.at();
                        if (since != null) {
                            Instant typical = s.calendar().addWorking(since, typicalWait);
                            at = typical.isBefore(at) ? typical : at;
                            Instant before = previous.get(e.issue());
                            at = before != null && at.isBefore(before) ? before : at;
                        }
                        next = ScenarioEvent.staffReply(at, e.issue(), name);
                    }
                    case RESOLVED -> awaitingSince.remove(e.issue());
                }
            }
            previous.put(e.issue(), e.at());
            events.add(next);
        }
        // Replies only move earlier, never before their issue's previous event: a stable sort keeps each issue's order.
        events.sort(Comparator.comparing(ScenarioEvent::at));
        List<Person> people = new ArrayList<>(s.people());
        people.add(new Person(name, Role.MANAGER));
        return new Changed(withPeople(s, people, events), moved.size());
    }

    private static Scenario withPolicy(Scenario s, ResponsePolicy policy) {
        return new Scenario(s.start(), s.until(), s.tick(), s.calendar(), policy, s.people(), s.absences(), s.events());
    }

    private static Scenario withPeople(Scenario s, List<Person> people, List<ScenarioEvent> events) {
        return new Scenario(s.start(), s.until(), s.tick(), s.calendar(), s.policy(), people, s.absences(), events);
    }
}
