package io.backstop.sandbox.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.settings.SettingsDocument;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whom the sandbox's directory offers the settings' user picker (issue 18). */
class SandboxUsersTest {

    private final SandboxUsers users = new SandboxUsers(() -> SettingsDocument.unconfigured(ZoneId.of("Europe/Moscow"))
            .withPeople(List.of(new Person("ivanova", Role.MANAGER), new Person("client", Role.MANAGER),
                    new Person("petrova", Role.MANAGER))), null);

    @Test
    void theAdministratorAndTheDepartmentByLoginOrDisplayName() {
        users.displayNames(login -> Optional.ofNullable(Map.of("ivanova", "Анна Иванова").get(login)));
        assertThat(users.candidates("", 10)).containsExactly("admin", "ivanova", "client", "petrova");
        assertThat(users.candidates("АННА", 10)).containsExactly("ivanova");
        assertThat(users.candidates("petr", 10)).containsExactly("petrova");
        assertThat(users.candidates("", 2)).containsExactly("admin", "ivanova");
    }

    @Test
    void theClientsSideIsNoColleagueToPick() {
        SandboxUsers noClientPerson = new SandboxUsers(() -> SettingsDocument.unconfigured(ZoneId.of("Europe/Moscow"))
                .withPeople(List.of(new Person("ivanova", Role.MANAGER))), null);
        assertThat(noClientPerson.exists("client")).isTrue();
        assertThat(noClientPerson.candidates("", 10)).containsExactly("admin", "ivanova");
    }
}
