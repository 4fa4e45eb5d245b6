package io.backstop.app.results;

import static io.backstop.app.results.ResultsDeskTest.DEPARTMENT;
import static io.backstop.app.results.ResultsDeskTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.results.debt.StoredDunningStep;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.store.AlreadyDecided;
import io.backstop.app.testing.Race;
import io.backstop.app.testing.Race.Outcome;
import io.backstop.app.testing.TestHost;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.debt.Receivable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The head's decision on a held dunning step, thirty times at once (the host's named lock is no help between
 * nodes; the test host has none): one decision is taken, every other is told the state it found.
 */
class DunningDecisionRaceTest {

    private static final int CALLERS = 30;
    private static final Instant NOON = at("2026-11-20T12:00");

    TestHost host;
    ResultsDesk desk;
    StoredDunningStep held;

    @BeforeEach
    void aHeldClaimLetter() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        desk = host.backstop.results();
        LocalDate issued = LocalDate.parse("2026-06-01");
        desk.debt().recordReceivable(new Receivable("BIG-1", "bigco", 60_000_000, issued, issued.plusDays(10)),
                Optional.of("petrova"), Optional.of("seo"));
        held = desk.debt().takeDunningStep("bigco", DunningAction.CLAIM_LETTER, "petrova", at("2026-11-20T11:00"));
        assertThat(held.status()).isEqualTo(StoredDunningStep.Status.PENDING);
    }

    @RepeatedTest(3)
    void approveAndRefuseAtOnceDecideOnce() throws Exception {
        List<Outcome<StoredDunningStep>> outcomes = Race.run(CALLERS,
                i -> () -> desk.debt().decideDunningStep(held.id(), i % 2 == 0, "head", NOON));

        List<StoredDunningStep> winners = outcomes.stream().filter(Outcome::won).map(Outcome::result).toList();
        assertThat(winners).hasSize(1);
        StoredDunningStep.Status ended = desk.debt().dunningStep(held.id()).orElseThrow().status();
        assertThat(winners.get(0).status()).as("what the winner was told").isEqualTo(ended);
        assertThat(outcomes).filteredOn(o -> !o.won()).allSatisfy(o -> assertThat(o.failure())
                .as("a loser is told the state it found").isInstanceOf(AlreadyDecided.class)
                .hasMessage("already " + ended));
    }
}
