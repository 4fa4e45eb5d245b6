package io.backstop.core.replay;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The agreement of {@link ReplayPropertyTest} on the consecutive seeds {@code [replay.from, replay.from +
 * replay.seeds)}, run only when asked, to shake out rare disagreements:
 * {@code mvn -pl core test -Dtest=ReplayAgreementSweepTest -Dreplay.seeds=20000 [-Dreplay.from=0]}; each seed
 * also with the whole department away for a stretch ({@link ReplayBoundaryPropertyTest}). A class of
 * its own: JUnit Jupiter and jqwik tests in one class overwrite each other's surefire report.
 */
class ReplayAgreementSweepTest {

    @Test
    @EnabledIfSystemProperty(named = "replay.seeds", matches = "\\d+")
    void agreesWithTheNaiveReferenceEngineOnManySeeds() {
        long from = Long.getLong("replay.from", 0);
        long seeds = Long.getLong("replay.seeds");
        for (long seed = from; seed < from + seeds; seed++) {
            ReplayPropertyTest.assertAgreement(RandomScenarios.generate(seed));
            ReplayPropertyTest.assertAgreement(ReplayBoundaryPropertyTest.withDepartmentAway(seed));
        }
        System.out.println("replay agrees with the naive engine on seeds " + from + " .. " + (from + seeds - 1));
    }
}
