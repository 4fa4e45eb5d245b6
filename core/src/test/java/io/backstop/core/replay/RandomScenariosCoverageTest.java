package io.backstop.core.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.replay.RandomScenarios.Generated;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.staff.Absence;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The property tests are only as good as the scenarios behind them: on a fixed set of seeds the generator must
 * produce the situations the rules are about, often enough.
 */
class RandomScenariosCoverageTest {

    private static final int SEEDS = 300;

    @Test
    void theGeneratorReachesTheInterestingCases() {
        Map<String, Integer> seen = new TreeMap<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            Generated g = RandomScenarios.generate(seed);
            Scenario s = g.scenario();
            ReplayResult r = Replay.run(s);
            Set<String> cases = new HashSet<>();
            for (Reassignment m : r.reassignments()) {
                cases.add("move " + m.reason());
            }
            if (!r.breaches().isEmpty()) {
                cases.add("breach");
            }
            if (r.breaches().stream().anyMatch(b -> r.reassignments().stream().noneMatch(
                    m -> m.reason() == ReassignReason.BREACH && m.at().equals(b.detectedAt())
                            && m.issue().equals(b.issue())))) {
                cases.add("breach without a move");
            }
            if (r.breaches().stream().map(b -> b.issue()).distinct().count() < r.breaches().size()) {
                cases.add("two breaches of one issue");
            }
            if (r.replies().stream().anyMatch(p -> p.onTime())) {
                cases.add("reply on time");
            }
            if (r.replies().stream().anyMatch(p -> !p.onTime())) {
                cases.add("reply late");
            }
            if (r.queue().size() >= 2) {
                cases.add("queue of two or more");
            }
            for (int i = 1; i < s.events().size(); i++) {
                if (s.events().get(i).at().equals(s.events().get(i - 1).at())) {
                    cases.add("events at one instant");
                }
            }
            Set<Instant> boundaries = new HashSet<>();
            for (Absence a : s.absences()) {
                if (a.from().isBefore(s.start()) && a.to().isAfter(s.start())) {
                    cases.add("absence in force at start");
                }
                if (!boundaries.add(a.from()) || !boundaries.add(a.to())) {
                    cases.add("absence boundaries at one instant");
                }
            }
            if (s.events().stream().anyMatch(e -> boundaries.contains(e.at()))) {
                cases.add("event at an absence boundary");
            }
            if (s.events().stream().anyMatch(e -> Duration.between(s.start(), e.at()).toSeconds()
                    % s.tick().toSeconds() == 0)) {
                cases.add("event at a tick");
            }
            if (s.calendar().zone().getRules().nextTransition(s.start()) != null
                    && s.calendar().zone().getRules().nextTransition(s.start()).getInstant().isBefore(s.until())) {
                cases.add("DST change within the run");
            }
            cases.forEach(c -> seen.merge(c, 1, Integer::sum));
        }
        System.out.println("random scenario coverage over " + SEEDS + " seeds: " + seen);
        assertThat(seen).allSatisfy((c, n) -> assertThat(n).as(c).isGreaterThanOrEqualTo(5));
        assertThat(seen).containsKeys("move ABSENCE", "move RETURN", "move BREACH", "breach",
                "breach without a move", "two breaches of one issue", "reply on time", "reply late",
                "queue of two or more", "events at one instant", "absence in force at start",
                "absence boundaries at one instant", "event at an absence boundary", "event at a tick",
                "DST change within the run");
    }
}
