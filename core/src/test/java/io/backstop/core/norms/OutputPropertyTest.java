package io.backstop.core.norms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Efficiency is earned / present; totals keep every minute; the ramp never moves backwards. */
class OutputPropertyTest {

    private static final NormCatalog CATALOG = NormCatalog.departmentDefault();
    private static final LocalDate START = LocalDate.of(2026, 3, 2);

    @Provide
    Arbitrary<List<Done>> done() {
        Arbitrary<Done> one = Combinators.combine(
                Arbitraries.of("anna", "boris"),
                Arbitraries.integers().between(0, 9),
                Arbitraries.of(CATALOG.operations()).map(Operation::code),
                Arbitraries.integers().between(1, 30))
                .as((person, day, code, count) -> new Done(person, START.plusDays(day), code, count));
        return one.list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<Map<LocalDate, Duration>> present() {
        return Arbitraries.maps(Arbitraries.integers().between(0, 9).map(START::plusDays),
                Arbitraries.integers().between(0, 12 * 60).map(Duration::ofMinutes)).ofMaxSize(10);
    }

    @Property(tries = 200)
    void efficiencyIsEarnedOverPresent(@ForAll("done") List<Done> done, @ForAll("present") Map<LocalDate, Duration> present) {
        SortedMap<LocalDate, Output> days = OutputRules.daily(CATALOG, "anna", done, present);
        long expectedEarned = done.stream().filter(d -> d.person().equals("anna"))
                .mapToLong(d -> (long) CATALOG.get(d.operation()).standardMinutes() * d.count()).sum();
        long expectedPresent = present.values().stream().mapToLong(Duration::toMinutes).sum();
        Output total = OutputRules.total(days.values());
        assertThat(total).isEqualTo(new Output(expectedEarned, expectedPresent));
        for (Output day : new ArrayList<>(days.values())) {
            if (day.presentMinutes() > 0) {
                assertThat(day.efficiency().getAsDouble())
                        .isCloseTo((double) day.earnedMinutes() / day.presentMinutes(), within(1e-12));
            } else {
                assertThat(day.efficiency()).isEmpty();
            }
        }
    }

    @Property(tries = 200)
    void perPersonSumsToTheDepartment(@ForAll("done") List<Done> done) {
        Map<String, Map<LocalDate, Duration>> present = new HashMap<>();
        var all = OutputRules.byPerson(CATALOG, done, present);
        long sum = all.values().stream().flatMap(m -> m.values().stream()).mapToLong(Output::earnedMinutes).sum();
        assertThat(sum).isEqualTo(done.stream().mapToLong(CATALOG::earnedMinutes).sum());
    }

    @Property(tries = 100)
    void theRampNeverLowersABand(@ForAll @IntRange(min = 1, max = 24) int month) {
        Ramp ramp = Ramp.departmentDefault();
        Band now = ramp.bandFor(month);
        Band next = ramp.bandFor(month + 1);
        assertThat(next.min()).isGreaterThanOrEqualTo(now.min());
        assertThat(next.max()).isGreaterThanOrEqualTo(now.max());
        assertThat(now.min()).isBetween(3.0, 7.0);
    }
}
