package io.backstop.core.staff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The department's people: exactly one operator, at least one head (the first listed is the one who covers),
 * deputies that name people of the department.
 */
public final class Staff {

    private final Map<String, Person> byName;
    private final Person operator;
    private final Person head;

    public Staff(List<Person> people) {
        Map<String, Person> map = new LinkedHashMap<>();
        Person foundOperator = null;
        Person firstHead = null;
        for (Person person : people) {
            if (map.putIfAbsent(person.name(), person) != null) {
                throw new IllegalArgumentException("person \"" + person.name() + "\" is listed twice");
            }
            if (person.role() == Role.OPERATOR) {
                if (foundOperator != null) {
                    throw new IllegalArgumentException("there must be exactly one operator, found \""
                            + foundOperator.name() + "\" and \"" + person.name() + "\"");
                }
                foundOperator = person;
            }
            if (person.role() == Role.HEAD && firstHead == null) {
                firstHead = person;
            }
        }
        if (foundOperator == null) {
            throw new IllegalArgumentException("there is no operator");
        }
        if (firstHead == null) {
            throw new IllegalArgumentException("there is no head");
        }
        for (Person person : people) {
            for (String deputy : person.deputies()) {
                if (!map.containsKey(deputy)) {
                    throw new IllegalArgumentException("deputy \"" + deputy + "\" of \"" + person.name()
                            + "\" is not a person of the department");
                }
            }
        }
        this.byName = Collections.unmodifiableMap(map);
        this.operator = foundOperator;
        this.head = firstHead;
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

    /** Who takes a breached issue: the operator, the operator's deputies, the head. */
    public List<String> breachChain() {
        List<String> chain = new ArrayList<>();
        chain.add(operator.name());
        chain.addAll(operator.deputies());
        chain.add(head.name());
        return chain;
    }
}
