package io.backstop.core.whatif;

import io.backstop.core.replay.EventType;
import io.backstop.core.replay.Scenario;
import io.backstop.core.replay.ScenarioEvent;
import io.backstop.core.sla.Goal;
import io.backstop.core.sla.ResponsePolicy;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The department as the change makes it: people, policy, absences (with the new person's drawn ones) and who owns
 * each issue. Issues keep their owner unless the change moves them ({@link #ownerOf}).
 *
 * @param newPerson  the person the change adds (an extra manager, a stand-in), if any
 * @param newAbsences the absences drawn for {@code newPerson}
 * @param owners     issues whose owner the change moved, with their new owner
 */
record Staffing(List<Person> people, ResponsePolicy policy, List<Absence> absences, Optional<String> newPerson,
                List<Absence> newAbsences, Map<String, String> owners) {

    String ownerOf(String issue, String recorded) {
        return owners.getOrDefault(issue, recorded);
    }

    /** The staffing the change makes of {@code s}; {@code rate} is the unplanned absence rate for a new person. */
    static Staffing of(Scenario s, Change change, double rate) {
        if (change instanceof Change.Threshold t) {
            Goal standard = s.policy().standard();
            return same(s, withStandard(s.policy(), new Goal(t.queueAfter().orElse(standard.queueAfter()),
                    t.respondWithin(), standard.answerWithin())));
        }
        if (change instanceof Change.Operator o) {
            Goal standard = s.policy().standard();
            ResponsePolicy policy = o.queueAfter().map(q -> withStandard(s.policy(),
                    new Goal(q, standard.respondWithin(), standard.answerWithin()))).orElse(s.policy());
            return operator(s, o.person(), o.queueAfter().isPresent(), policy);
        }
        if (change instanceof Change.StandIn in) {
            requireNew(s, in.name());
            List<Person> people = new ArrayList<>();
            for (Person p : s.people()) {
                if (p.role() == Role.MANAGER) {
                    List<String> deputies = new ArrayList<>();
                    deputies.add(in.name());
                    deputies.addAll(p.deputies());
                    people.add(new Person(p.name(), p.role(), deputies, p.coversFrom()));
                } else {
                    people.add(p);
                }
            }
            people.add(new Person(in.name(), Role.MANAGER));
            return withNewPerson(s, people, in.name(), in.seed(), rate, Map.of());
        }
        Change.ExtraManager extra = (Change.ExtraManager) change;
        requireNew(s, extra.name());
        List<Person> people = new ArrayList<>(s.people());
        people.add(new Person(extra.name(), Role.MANAGER));
        return withNewPerson(s, people, extra.name(), extra.seed(), rate, share(s, extra.name()));
    }

    private static Staffing same(Scenario s, ResponsePolicy policy) {
        return new Staffing(s.people(), policy, s.absences(), Optional.empty(), List.of(), Map.of());
    }

    private static Staffing withNewPerson(Scenario s, List<Person> people, String name, long seed, double rate,
                                          Map<String, String> owners) {
        List<Absence> drawn = UnplannedAbsence.draw(s.calendar(), name, s.start(), s.until(), rate, seed);
        List<Absence> all = new ArrayList<>(s.absences());
        all.addAll(drawn);
        return new Staffing(people, s.policy(), all, Optional.of(name), drawn, owners);
    }

    private static void requireNew(Scenario s, String name) {
        if (s.people().stream().anyMatch(p -> p.name().equals(name))) {
            throw Check.invalid("name", Problem.of("error.whatif.departmentAlreadyName", name));
        }
    }

    /**
     * Every (m+1)-th issue of each of the m managers, in the order the issues were created, goes to the new manager:
     * each manager gives up 1/(m+1) of their issues and all m+1 end with the same share. (In the live department
     * whole clients would move; a month holds too few issues per client to share clients fairly.)
     */
    private static Map<String, String> share(Scenario s, String name) {
        List<String> managers = s.people().stream().filter(p -> p.role() == Role.MANAGER).map(Person::name).toList();
        if (managers.isEmpty()) {
            throw Check.invalid("change", Problem.of("error.whatif.departmentHasManagers"));
        }
        Map<String, Integer> created = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (ScenarioEvent e : s.events()) {
            if (e.type() == EventType.CREATED && managers.contains(e.owner())
                    && created.merge(e.owner(), 1, Integer::sum) % (managers.size() + 1) == 0) {
                owners.put(e.issue(), name);
            }
        }
        return owners;
    }

    /** {@code name} becomes the operator and the operator takes over their clients, each with the other's deputies. */
    private static Staffing operator(Scenario s, String name, boolean newQueue, ResponsePolicy policy) {
        Person chosen = s.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> Check.invalid("person", Problem.of("error.input.department", name)));
        if (chosen.role() == Role.OPERATOR) {
            if (!newQueue) {
                throw Check.invalid("person", Problem.of("error.whatif.operatorAlreadyGive", name));
            }
            return same(s, policy);
        }
        if (chosen.role() == Role.HEAD) {
            throw Check.invalid("person", Problem.of("error.whatif.headStaysHead"));
        }
        Person former = s.people().stream().filter(p -> p.role() == Role.OPERATOR).findFirst().orElseThrow();
        List<Person> next = new ArrayList<>();
        for (Person p : s.people()) {
            if (p.name().equals(name)) {
                next.add(new Person(name, Role.OPERATOR, without(former.deputies(), name), p.coversFrom()));
            } else if (p == former) {
                next.add(new Person(former.name(), Role.MANAGER, without(chosen.deputies(), former.name()),
                        former.coversFrom()));
            } else {
                next.add(p);
            }
        }
        Map<String, String> owners = new HashMap<>();
        for (ScenarioEvent e : s.events()) {
            if (e.type() == EventType.CREATED && name.equals(e.owner())) {
                owners.put(e.issue(), former.name());
            }
        }
        return new Staffing(next, policy, s.absences(), Optional.empty(), List.of(), owners);
    }

    private static List<String> without(List<String> names, String name) {
        return names.stream().filter(n -> !n.equals(name)).toList();
    }

    private static ResponsePolicy withStandard(ResponsePolicy p, Goal standard) {
        return new ResponsePolicy(standard, p.returnToOwner(), p.overrides(), p.remindBefore());
    }
}
