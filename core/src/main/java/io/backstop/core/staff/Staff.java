package io.backstop.core.staff;

import io.backstop.core.validation.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The department's people: exactly one operator, at least one head (the first listed is the one who covers),
 * deputies that name people of the department.
 */
public final class Staff {

    private final Map<String, Person> byName;
    private final Person operator;
    private final Person head;

    public Staff(List<Person> people) {
        check(people);
        Map<String, Person> map = new LinkedHashMap<>();
        people.forEach(person -> map.put(person.name(), person));
        this.byName = Collections.unmodifiableMap(map);
        this.operator = people.stream().filter(p -> p.role() == Role.OPERATOR).findFirst().orElseThrow();
        this.head = people.stream().filter(p -> p.role() == Role.HEAD).findFirst().orElseThrow();
    }

    /**
     * Checks that the people make a department: names unique and not blank, deputies among them, exactly one
     * operator, at least one head, at most one director.
     */
    public static void check(List<Person> people) {
        Set<String> names = new HashSet<>();
        int operators = 0;
        int heads = 0;
        int directors = 0;
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            if (person.name().isBlank()) {
                throw new StaffException("[" + i + "].name", Problem.of("error.input.blank"));
            }
            if (!names.add(person.name())) {
                throw new StaffException("[" + i + "].name", Problem.of("error.input.listedTwice", person.name()));
            }
            operators += person.role() == Role.OPERATOR ? 1 : 0;
            heads += person.role() == Role.HEAD ? 1 : 0;
            directors += person.role() == Role.DIRECTOR ? 1 : 0;
            if (directors > 1) {
                throw new StaffException("[" + i + "].role", Problem.of("error.staff.oneDirector"));
            }
        }
        for (int i = 0; i < people.size(); i++) {
            List<String> deputies = people.get(i).deputies();
            for (int d = 0; d < deputies.size(); d++) {
                if (!names.contains(deputies.get(d))) {
                    throw new StaffException("[" + i + "].deputies[" + d + "]",
                            Problem.of("error.input.unknownPerson", deputies.get(d)));
                }
            }
        }
        if (operators != 1) {
            throw new StaffException("", Problem.of("error.staff.oneOperator", operators));
        }
        if (heads == 0) {
            throw new StaffException("", Problem.of("error.staff.oneHead"));
        }
    }

    public List<Person> people() {
        return List.copyOf(byName.values());
    }

    public Optional<Person> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    public Person operator() {
        return operator;
    }

    public Person head() {
        return head;
    }

    /** Who takes an absent assignee's issue: the owner, the owner's deputies, then as for a breach. */
    public List<String> coverChain(String owner) {
        List<String> chain = new ArrayList<>();
        chain.add(owner);
        find(owner).ifPresent(person -> chain.addAll(person.deputies()));
        chain.addAll(breachChain());
        return chain;
    }

    /** Who takes an issue whose holder is only busy (rule 12): the owner, then as for a breach. */
    public List<String> busyChain(String owner) {
        List<String> chain = new ArrayList<>();
        chain.add(owner);
        chain.addAll(breachChain());
        return chain;
    }

    /** Who takes a breached issue: the operator, the operator's deputies, the head. */
    public List<String> breachChain() {
        List<String> chain = new ArrayList<>();
        chain.add(operator.name());
        chain.addAll(operator.deputies());
        chain.add(head.name());
        return chain;
    }
}
