package io.backstop.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.backstop.core.norms.Done;
import io.backstop.core.norms.NormCatalog;
import io.backstop.core.norms.Operation;
import io.backstop.core.norms.Ramp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The learning order lists every operation once, heaviest first; a newcomer's months keep every operation done. */
class OnboardingPlanPropertyTest {

    private static final NormCatalog CATALOG = NormCatalog.departmentDefault();
    private static final LocalDate HIRED = LocalDate.of(2026, 1, 15);
    private static final LocalDate AS_OF = LocalDate.of(2026, 5, 20);

    @Provide
    Arbitrary<List<Done>> done() {
        Arbitrary<Done> one = Combinators.combine(
                Arbitraries.of("nina", "olga"),
                Arbitraries.integers().between(-20, 140),
                Arbitraries.of(CATALOG.operations()).map(Operation::code),
                Arbitraries.integers().between(1, 20))
                .as((person, day, code, count) -> new Done(person, HIRED.plusDays(day), code, count));
        return one.list().ofMaxSize(60);
    }

    @Property
    void everyOperationOnceHeaviestFirst(@ForAll("done") List<Done> done) {
        List<LearningStep> order = OnboardingPlan.order(CATALOG, done);
        assertThat(order).extracting(s -> s.operation().code())
                .containsExactlyInAnyOrderElementsOf(CATALOG.operations().stream().map(Operation::code).toList());
        for (int i = 1; i < order.size(); i++) {
            assertThat(order.get(i).normHours()).isLessThanOrEqualTo(order.get(i - 1).normHours());
            assertThat(order.get(i).rank()).isEqualTo(i + 1);
        }
        long total = done.stream().mapToLong(Done::count).sum();
        assertThat(order.stream().mapToLong(LearningStep::timesDone).sum()).isEqualTo(total);
    }

    @Property
    void theMonthsKeepEveryNormHourEarnedSinceHiring(@ForAll("done") List<Done> done) {
        NewcomerProgress p = OnboardingPlan.progress("nina", HIRED, AS_OF, CATALOG, Ramp.departmentDefault(), done,
                new TreeMap<>());
        double earned = done.stream()
                .filter(d -> d.person().equals("nina") && !d.day().isBefore(HIRED) && !d.day().isAfter(AS_OF))
                .mapToDouble(d -> CATALOG.earnedMinutes(d) / 60.0).sum();
        assertThat(p.months().stream().mapToDouble(ServiceMonth::earnedNormHours).sum())
                .isCloseTo(earned, within(1e-6));
        long times = done.stream()
                .filter(d -> d.person().equals("nina") && !d.day().isBefore(HIRED) && !d.day().isAfter(AS_OF))
                .mapToLong(Done::count).sum();
        assertThat(p.doneByOperation().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(times);
        assertThat(p.months()).hasSize(p.monthOfService());
        for (int i = 1; i < p.months().size(); i++) {
            assertThat(p.months().get(i).from()).isEqualTo(p.months().get(i - 1).to().plusDays(1));
            // the ramp never expects slower work as months go by
            assertThat(p.months().get(i).expectedHoursPerNormHour())
                    .isLessThanOrEqualTo(p.months().get(i - 1).expectedHoursPerNormHour() + 1e-9);
        }
    }
}
