package io.backstop.core.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.replay.RandomScenarios;
import io.backstop.core.replay.RandomScenarios.Generated;
import io.backstop.core.replay.Scenario;
import io.backstop.core.staff.Role;
import java.time.Duration;
import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** What-if replays over random departments (the replay's own generator). */
class WhatIfPropertyTest {

    @Property(tries = 100)
    void aLongerThresholdNeverBreachesMore(@ForAll long seed, @ForAll @IntRange(min = 1, max = 600) int minutes,
                                           @ForAll @IntRange(min = 0, max = 600) int more) {
        Scenario s = RandomScenarios.generate(seed).scenario();
        Comparison shorter = WhatIf.compare(s, new Change.Threshold(Duration.ofMinutes(minutes), Optional.empty()));
        Comparison longer = WhatIf.compare(s, new Change.Threshold(Duration.ofMinutes(minutes + more), Optional.empty()));
        assertThat(longer.changed().breaches()).isLessThanOrEqualTo(shorter.changed().breaches());
        // reply instants are kept, so waiting does not move
        assertThat(longer.changed().medianWaitSeconds()).isEqualTo(longer.actual().medianWaitSeconds());
        assertThat(longer.changed().replies()).isEqualTo(longer.actual().replies());
    }

    @Property(tries = 100)
    void anExtraManagerNeverMakesClientsWaitLongerOrBreachMore(@ForAll long seed) {
        Generated g = RandomScenarios.generate(seed);
        Assume.that(g.scenario().people().stream().anyMatch(p -> p.role() == Role.MANAGER));
        Comparison c = WhatIf.compare(g.scenario(), new Change.ExtraManager("newcomer-x"));
        assertThat(c.changed().replies()).isEqualTo(c.actual().replies());
        assertThat(c.changed().breaches()).isLessThanOrEqualTo(c.actual().breaches());
        if (c.actual().medianWaitSeconds().isPresent()) {
            assertThat(c.changed().medianWaitSeconds().getAsLong())
                    .isLessThanOrEqualTo(c.actual().medianWaitSeconds().getAsLong());
            assertThat(c.changed().p90WaitSeconds().getAsLong())
                    .isLessThanOrEqualTo(c.actual().p90WaitSeconds().getAsLong());
        }
    }

    @Property(tries = 100)
    void theUnchangedDepartmentReplaysAsRecorded(@ForAll long seed) {
        Scenario s = RandomScenarios.generate(seed).scenario();
        Comparison same = WhatIf.compare(s, new Change.Threshold(s.policy().standard().respondWithin().isZero()
                ? Duration.ofMinutes(1) : s.policy().standard().respondWithin(), Optional.of(s.policy().standard().queueAfter())));
        Assume.that(!s.policy().standard().respondWithin().isZero());
        assertThat(same.changed()).isEqualTo(same.actual());
    }
}
