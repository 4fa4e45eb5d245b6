package io.backstop.app.staff;

import static io.backstop.app.staff.AbsenceRequestsTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.store.AlreadyDecided;
import io.backstop.app.testing.Race;
import io.backstop.app.testing.Race.Outcome;
import io.backstop.app.testing.TestHost;
import io.backstop.core.staff.AbsenceKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Thirty decisions on one absence request at the same moment (heads double-clicking, a head and an administrator):
 * exactly one is taken, every other is told the state it found, and the request ends as the winner was told.
 */
class AbsenceDecisionRaceTest {

    private static final int CALLERS = 30;
    private static final Instant NOW = at("2026-11-10T10:00");

    TestHost host;
    StaffDesk staff;
    StoredAbsence asked;

    @BeforeEach
    void aWaitingRequest() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(AbsenceRequestsTest.DEPARTMENT));
        host.backstop.results().replaceSettings(ResultsSettings.read("{}"));
        staff = host.backstop.staff();
        asked = staff.request("petrova", at("2026-11-10T15:00"), at("2026-11-10T18:00"), AbsenceKind.STUDY,
                "driving school", "petrova", NOW);
    }

    @RepeatedTest(3)
    void approveAndRefuseAtOnceDecideOnce() throws Exception {
        List<Outcome<StoredAbsence>> outcomes = Race.run(CALLERS,
                i -> () -> staff.decide(asked.id(), i % 2 == 0, "head", NOW).orElseThrow());

        List<StoredAbsence> winners = outcomes.stream().filter(Outcome::won).map(Outcome::result).toList();
        assertThat(winners).hasSize(1);
        AbsenceStatus ended = staff.absence(asked.id()).orElseThrow().status();
        assertThat(winners.get(0).status()).as("what the winner was told").isEqualTo(ended);
        assertThat(outcomes).filteredOn(o -> !o.won()).allSatisfy(o -> assertThat(o.failure())
                .as("a loser is told the state it found").isInstanceOf(AlreadyDecided.class)
                .hasMessage("already " + ended));
    }

    @RepeatedTest(3)
    void approveAndWithdrawAtOnceRemoveTheRequestOnce() throws Exception {
        List<Outcome<Boolean>> outcomes = Race.run(CALLERS, i -> () -> i % 2 == 0
                ? staff.decide(asked.id(), true, "head", NOW).isPresent()
                : staff.remove(asked.id(), NOW));

        assertThat(outcomes).filteredOn(o -> !o.won()).allSatisfy(o -> assertThat(o.failure())
                .as("a decision after the approval is told so").isInstanceOf(AlreadyDecided.class)
                .hasMessage("already APPROVED"));
        List<Outcome<Boolean>> withdrawals = IntStream.range(0, CALLERS).filter(i -> i % 2 == 1)
                .mapToObj(outcomes::get).toList();
        assertThat(withdrawals).filteredOn(o -> o.won() && o.result()).as("withdrawals that removed it").hasSize(1);
        assertThat(staff.absence(asked.id())).isEmpty();
        assertThat(staff.requests(Optional.empty())).isEmpty();
    }
}
