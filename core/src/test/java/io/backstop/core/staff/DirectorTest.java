package io.backstop.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The director (sla-semantics.md, version 2): optional, at most one, in no chain unless listed as a deputy. */
class DirectorTest {

    private static final Instant T = Instant.parse("2026-11-02T09:00:00Z");

    private static List<Person> department(Person... more) {
        List<Person> people = new ArrayList<>(List.of(new Person("head", Role.HEAD),
                new Person("operator", Role.OPERATOR), new Person("ivanova", Role.MANAGER)));
        people.addAll(List.of(more));
        return people;
    }

    @Test
    void aDepartmentMayHaveNoDirectorOrOneButNotTwo() {
        Staff.check(department());
        Staff.check(department(new Person("director", Role.DIRECTOR)));
        assertThatThrownBy(() -> Staff.check(department(new Person("director", Role.DIRECTOR),
                new Person("owner", Role.DIRECTOR))))
                .isInstanceOfSatisfying(StaffException.class, e -> assertThat(e.path()).isEqualTo("[4].role"))
                .hasMessage("there may be at most one DIRECTOR");
    }

    @Test
    void theDirectorIsInNoChainUnlessListedAsADeputy() {
        Staff staff = new Staff(department(new Person("director", Role.DIRECTOR)));
        assertThat(staff.coverChain("ivanova")).containsExactly("ivanova", "operator", "head");
        assertThat(staff.breachChain()).containsExactly("operator", "head");
        Set<String> away = Set.of("ivanova", "operator", "head");
        assertThat(new Substitution(staff, (person, at) -> away.contains(person)).coverFor("ivanova", "ivanova", T))
                .as("everyone in the chain away, the director present").isEmpty();

        Staff deputy = new Staff(List.of(new Person("head", Role.HEAD), new Person("operator", Role.OPERATOR),
                new Person("ivanova", Role.MANAGER, List.of("director")), new Person("director", Role.DIRECTOR)));
        assertThat(new Substitution(deputy, (person, at) -> away.contains(person)).coverFor("ivanova", "ivanova", T))
                .contains("director");
    }
}
