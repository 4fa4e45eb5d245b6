package io.backstop.core.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.backstop.core.norms.Done;
import io.backstop.core.norms.NormCatalog;
import io.backstop.core.norms.Operation;
import io.backstop.core.norms.Ramp;
import io.backstop.core.validation.InvalidFieldException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class OnboardingPlanTest {

    private static final NormCatalog CATALOG = new NormCatalog(List.of(
            new Operation("question", "Client question", 10),
            new Operation("report", "Monthly report", 60, Optional.of("https://wiki.example/report")),
            new Operation("banner", "Banner placement", 30, Optional.of("library:42")),
            new Operation("audit", "Site audit", 240)));

    @Test
    void frequentTimesLongComesFirstAndUndoneLast() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        List<LearningStep> order = OnboardingPlan.order(CATALOG, List.of(
                new Done("olga", day, "question", 30),   // 5 norm-hours
                new Done("olga", day, "report", 8),      // 8 norm-hours
                new Done("boris", day, "banner", 2)));   // 1 norm-hour
        assertThat(order).extracting(s -> s.operation().code()).containsExactly("report", "question", "banner",
                "audit");
        assertThat(order.get(0).operation().instruction()).contains("https://wiki.example/report");
        assertThat(order.get(3).timesDone()).isZero();
    }

    @Test
    void hoursPerNormHourComeDownAsTheNewcomerLearns() {
        LocalDate hired = LocalDate.of(2026, 1, 12);
        TreeMap<LocalDate, Duration> present = new TreeMap<>();
        present.put(LocalDate.of(2026, 1, 20), Duration.ofHours(16));
        present.put(LocalDate.of(2026, 2, 20), Duration.ofHours(16));
        List<Done> done = List.of(new Done("nina", LocalDate.of(2026, 1, 20), "report", 4),
                new Done("nina", LocalDate.of(2026, 2, 20), "report", 12),
                new Done("olga", LocalDate.of(2026, 2, 20), "audit", 3));
        NewcomerProgress p = OnboardingPlan.progress("nina", hired, LocalDate.of(2026, 2, 25), CATALOG,
                Ramp.departmentDefault(), done, present);
        assertThat(p.monthOfService()).isEqualTo(2);
        assertThat(p.months().get(0).hoursPerNormHour().getAsDouble()).isCloseTo(4, within(1e-9));
        assertThat(p.months().get(1).hoursPerNormHour().getAsDouble()).isCloseTo(16 / 12.0, within(1e-9));
        assertThat(p.months().get(0).expectedHoursPerNormHour()).isCloseTo(2, within(1e-9));
        assertThat(p.targetHoursPerNormHour()).isCloseTo(1, within(1e-9));
        assertThat(p.doneByOperation()).containsEntry("report", 16L).containsEntry("audit", 0L);
        assertThat(p.operationsLearnt()).isEqualTo(1);
    }

    @Test
    void aNewcomerIsOnTheRampUntilTheExperiencedMonth() {
        Ramp ramp = Ramp.departmentDefault();
        LocalDate hired = LocalDate.of(2026, 1, 12);
        assertThat(OnboardingPlan.isNewcomer(hired, LocalDate.of(2026, 6, 11), ramp)).isTrue();
        assertThat(OnboardingPlan.isNewcomer(hired, LocalDate.of(2026, 6, 12), ramp)).isFalse();
        assertThat(OnboardingPlan.isNewcomer(null, LocalDate.of(2026, 6, 12), ramp)).isFalse();
    }

    @Test
    void anInstructionIsAWebPageOrALibraryEntry() {
        assertThat(new Operation("x", "X", 5).withInstruction("http://intranet/x").instruction()).isPresent();
        for (String bad : List.of("ftp://host/x", "wiki/page", "library:", "library:a b", "https://")) {
            assertThatThrownBy(() -> new Operation("x", "X", 5).withInstruction(bad))
                    .isInstanceOf(InvalidFieldException.class)
                    .satisfies(e -> assertThat(((InvalidFieldException) e).field()).isEqualTo("instruction"));
        }
    }
}
