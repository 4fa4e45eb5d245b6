package io.backstop.jira.port;

import static io.backstop.jira.testing.Departments.MONDAY_10;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.validation.InvalidFieldException;
import io.backstop.jira.testing.Departments;
import io.backstop.jira.testing.PluginHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The app's locks over Jira's cluster locks, which are not re-entrant (the test double refuses a second lock()). */
class ClusterLocksTest {

    private final PluginHarness plugin = new PluginHarness(MONDAY_10);

    @BeforeEach
    void department() {
        plugin.department(Departments.workedExample());
    }

    @Test
    void theDoubleRefusesTheHolderTakingItsLockAgainAsJiraWouldHangOnIt() {
        assertThatThrownBy(() -> plugin.locks.withLock("x", () -> plugin.locks.withLock("x", () -> "never")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("not re-entrant");
        assertThat(plugin.jira.locks.get("x").isHeld()).isFalse();
    }

    @Test
    void mergingALibraryEntryIntoItselfIsRefusedBeforeAnyLockIsTaken() {
        assertThatThrownBy(() -> plugin.backstop.library().merge(5, 5)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("into");
        assertThat(plugin.jira.locks).isEmpty();
    }
}
