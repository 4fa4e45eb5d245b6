package io.backstop.core.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.replay.RandomScenarios;
import io.backstop.core.replay.RandomScenarios.Generated;
import io.backstop.core.replay.Scenario;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.time.Duration;
import java.util.List;
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
        // the queue threshold is kept, so nobody answers at another time
        assertThat(longer.changed().medianWaitSeconds()).isEqualTo(longer.actual().medianWaitSeconds());
        assertThat(longer.changed().replies()).isEqualTo(longer.actual().replies());
    }

    @Property(tries = 100)
    void theUnchangedDepartmentReplaysAsRecorded(@ForAll long seed) {
        Scenario s = RandomScenarios.generate(seed).scenario();
        Assume.that(!s.policy().standard().respondWithin().isZero());
        Comparison same = WhatIf.compare(s, new Change.Threshold(s.policy().standard().respondWithin(),
                Optional.of(s.policy().standard().queueAfter())));
        assertThat(same.changed()).isEqualTo(same.actual());
        String operator = s.staff().operator().name();
        Comparison sameOperator = WhatIf.compare(s, new Change.Operator(operator,
                Optional.of(s.policy().standard().queueAfter())));
        assertThat(sameOperator.changed()).isEqualTo(sameOperator.actual());
        assertThat(sameOperator.assumptions().redecidedReplies()).isZero();
    }

    /**
     * An operator who sees messages sooner (a shorter queue threshold, at their measured pace) never makes the
     * median or the 90th percentile of waiting longer. Without absences and late covers, so the operator's line is
     * the operator whenever a message enters the queue; and with every reply inside the period.
     */
    @Property(tries = 150)
    void aFasterOperatorNeverMakesClientsWaitLonger(@ForAll long seed, @ForAll @IntRange(min = 0, max = 240) int n,
                                                    @ForAll @IntRange(min = 1, max = 240) int more) {
        Scenario s = present(RandomScenarios.generate(seed).scenario());
        Duration recorded = s.policy().standard().queueAfter();
        Assume.that(!recorded.equals(Duration.ofMinutes(n)) && !recorded.equals(Duration.ofMinutes(n + more)));
        String operator = s.staff().operator().name();
        Comparison faster = WhatIf.compare(s, new Change.Operator(operator, Optional.of(Duration.ofMinutes(n))));
        Comparison slower = WhatIf.compare(s, new Change.Operator(operator, Optional.of(Duration.ofMinutes(n + more))));
        Assume.that(slower.assumptions().pastEnd() == 0 && slower.changed().medianWaitSeconds().isPresent());
        assertThat(faster.changed().medianWaitSeconds().getAsLong())
                .isLessThanOrEqualTo(slower.changed().medianWaitSeconds().getAsLong());
        assertThat(faster.changed().p90WaitSeconds().getAsLong())
                .isLessThanOrEqualTo(slower.changed().p90WaitSeconds().getAsLong());
    }

    @Property(tries = 100)
    void anExtraManagerWhoIsNeverAwayTakesAShareAndLeavesTheRestAsRecorded(@ForAll long seed) {
        Generated g = RandomScenarios.generate(seed);
        Assume.that(g.scenario().people().stream().anyMatch(p -> p.role() == Role.MANAGER));
        Comparison c = WhatIf.compare(g.scenario(), new Change.ExtraManager("newcomer-x", seed), 0);
        assertThat(c.assumptions().newPersonAway()).isEmpty();
        assertThat(c.changed().replies() + c.assumptions().pastEnd()).isGreaterThanOrEqualTo(c.actual().replies());
        assertThat(c.changed().load().keySet()).allMatch(p -> p.equals("newcomer-x") || c.actual().load().containsKey(p)
                || g.scenario().people().stream().anyMatch(q -> q.name().equals(p)));
    }

    @Property(tries = 50)
    void theSameSeedGivesTheSameAnswer(@ForAll long seed, @ForAll @IntRange(min = 0, max = 100) int percent) {
        Scenario s = RandomScenarios.generate(seed).scenario();
        Assume.that(s.people().stream().anyMatch(p -> p.role() == Role.MANAGER));
        Change change = new Change.ExtraManager("newcomer-x", seed);
        assertThat(WhatIf.compare(s, change, percent / 100.0)).isEqualTo(WhatIf.compare(s, change, percent / 100.0));
    }

    private static Scenario present(Scenario s) {
        List<Person> people = s.people().stream().map(p -> new Person(p.name(), p.role(), p.deputies())).toList();
        return new Scenario(s.start(), s.until(), s.tick(), s.calendar(), s.policy(), people, List.of(), s.events());
    }
}
