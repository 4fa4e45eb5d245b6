package io.backstop.app.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.staff.PeopleCandidates.Candidate;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PeopleCandidatesTest {

    private static final Map<String, String> NAMES = Map.of("ivanova", "Анна Иванова", "petrova", "Maria Petrova",
            "kozlov", "Oleg Kozlov");
    private static final List<Person> PEOPLE = List.of(new Person("ivanova", Role.HEAD),
            new Person("petrova", Role.MANAGER));

    private final List<String> directory = new ArrayList<>(List.of("admin", "kozlov", "petrova"));
    private final PeopleCandidates candidates = new PeopleCandidates(login -> NAMES.getOrDefault(login, login),
            (query, limit) -> directory.stream().limit(limit).toList());

    private List<String> logins(String query) {
        return candidates.find(PEOPLE, query).stream().map(Candidate::login).toList();
    }

    @Test
    void theDepartmentComesFirstThenTheHostsOtherUsersOnce() {
        List<Candidate> all = candidates.find(PEOPLE, "");
        assertThat(all).extracting(Candidate::login).containsExactly("ivanova", "petrova", "admin", "kozlov");
        assertThat(all.get(0).role()).contains(Role.HEAD);
        assertThat(all.get(3).role()).isEmpty();
        assertThat(all.get(3).displayName()).isEqualTo("Oleg Kozlov");
    }

    @Test
    void aPersonIsFoundByLoginOrByTheNamePeopleKnowThemByInAnyCase() {
        assertThat(logins("PETR")).containsExactly("petrova");
        assertThat(logins("иван")).containsExactly("ivanova");
        assertThat(logins("oleg")).containsExactly("kozlov");
        assertThat(logins("nobody")).isEmpty();
    }

    @Test
    void theHostsUsersAreCappedTheDepartmentIsNot() {
        IntStream.range(0, 50).forEach(i -> directory.add("user" + i));
        List<String> found = logins("");
        assertThat(found).startsWith("ivanova", "petrova");
        assertThat(found).hasSize(PEOPLE.size() + PeopleCandidates.MORE);
    }
}
