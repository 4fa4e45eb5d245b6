package io.backstop.core.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The forecast's and the capacity plan's invariants over random histories, absences and loads. */
class ForecastPropertyTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 30);
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final WorkCalendar SCHEDULE = new WorkCalendar(MOSCOW, Map.of(
            DayOfWeek.MONDAY, List.of(DailyInterval.parse("09:00-13:00"), DailyInterval.parse("14:00-18:00")),
            DayOfWeek.TUESDAY, List.of(DailyInterval.parse("09:00-18:00")),
            DayOfWeek.WEDNESDAY, List.of(DailyInterval.parse("09:00-18:00")),
            DayOfWeek.THURSDAY, List.of(DailyInterval.parse("09:00-18:00")),
            DayOfWeek.FRIDAY, List.of(DailyInterval.parse("09:00-17:00"))), List.of(LocalDate.of(2026, 12, 31)));

    @Property(tries = 200)
    void aFlatHistoryForecastsFlat(@ForAll @IntRange(min = 1, max = 130) int weeks,
                                   @ForAll @DoubleRange(min = 0, max = 5000) double perWeek,
                                   @ForAll @IntRange(min = 1, max = 12) int ahead) {
        Map<LocalDate, Double> history = new TreeMap<>();
        for (int i = 1; i <= weeks; i++) {
            history.put(FIRST.minusWeeks(i), perWeek);
        }
        List<WeekLoad> forecast = new LoadForecast(history, FIRST, ForecastTest.ALL_DAYS).next(ahead);
        assertThat(forecast).hasSize(ahead);
        forecast.forEach(w -> assertThat(w.normHours()).isCloseTo(perWeek, within(1e-6 * (1 + perWeek))));
    }

    @Provide
    Arbitrary<List<Double>> histories() {
        return Arbitraries.doubles().between(0, 2000).list().ofMinSize(0).ofMaxSize(130);
    }

    @Property(tries = 200)
    void scalingTheHistoryScalesTheForecast(@ForAll("histories") List<Double> weeks,
                                            @ForAll @DoubleRange(min = 0.1, max = 10) double factor) {
        Map<LocalDate, Double> history = new TreeMap<>();
        Map<LocalDate, Double> scaled = new TreeMap<>();
        for (int i = 0; i < weeks.size(); i++) {
            history.put(FIRST.minusWeeks(weeks.size() - i), weeks.get(i));
            scaled.put(FIRST.minusWeeks(weeks.size() - i), weeks.get(i) * factor);
        }
        List<WeekLoad> plain = new LoadForecast(history, FIRST, ForecastTest.ALL_DAYS).next(8);
        List<WeekLoad> times = new LoadForecast(scaled, FIRST, ForecastTest.ALL_DAYS).next(8);
        for (int i = 0; i < 8; i++) {
            assertThat(times.get(i).normHours())
                    .isCloseTo(plain.get(i).normHours() * factor, within(1e-6 * (1 + plain.get(i).normHours() * factor)));
            assertThat(times.get(i).basis()).isEqualTo(plain.get(i).basis());
            boolean reaches = !history.isEmpty()
                    && !plain.get(i).week().minusWeeks(52).isBefore(((TreeMap<LocalDate, Double>) history).firstKey());
            assertThat(plain.get(i).basis() == LoadBasis.SEASONAL).isEqualTo(reaches && trendKnown(history));
        }
    }

    /** Whether a recent week's year-ago days are in the history with load (every day works: 52 weeks back). */
    private static boolean trendKnown(Map<LocalDate, Double> history) {
        double yearAgo = 0;
        for (int i = 1; i <= LoadForecast.TREND_WEEKS; i++) {
            LocalDate ago = FIRST.minusWeeks(i + 52);
            if (!history.isEmpty() && !ago.isBefore(((TreeMap<LocalDate, Double>) history).firstKey())) {
                yearAgo += history.getOrDefault(ago, 0.0);
            }
        }
        return yearAgo > 0;
    }

    @Provide
    Arbitrary<List<Absence>> absences() {
        Instant base = FIRST.atStartOfDay(MOSCOW).toInstant();
        Arbitrary<Absence> one = Combinators.combine(
                Arbitraries.longs().between(-2 * 24 * 60, 9 * 24 * 60),
                Arbitraries.longs().between(0, 4 * 24 * 60),
                Arbitraries.of(AbsenceKind.class),
                Arbitraries.of("ivanova", "petrova"))
                .as((start, length, kind, who) -> new Absence(who, base.plusSeconds(start * 60),
                        base.plusSeconds((start + length) * 60), kind));
        return one.list().ofMaxSize(5);
    }

    @Property(tries = 300)
    void capacityIsNeverNegativeAndMoreAbsencesNeverRaiseIt(@ForAll("absences") List<Absence> absences,
                                                           @ForAll("absences") List<Absence> more,
                                                           @ForAll @DoubleRange(min = 0, max = 3) double efficiency) {
        PersonWeek week = PersonWeek.of(SCHEDULE, "ivanova", absences, FIRST, efficiency);
        List<Absence> all = new ArrayList<>(absences);
        all.addAll(more);
        PersonWeek fewer = PersonWeek.of(SCHEDULE, "ivanova", all, FIRST, efficiency);
        assertThat(week.capacity()).isGreaterThanOrEqualTo(0);
        assertThat(fewer.presentMinutes()).isLessThanOrEqualTo(week.presentMinutes());
        assertThat(fewer.capacity()).isLessThanOrEqualTo(week.capacity());
        assertThat(week.presentMinutes()).isLessThanOrEqualTo(PersonWeek.of(SCHEDULE, "ivanova", List.of(), FIRST,
                efficiency).presentMinutes());
    }

    @Property(tries = 300)
    void theGapIsWhatLoadExceedsCapacityByAndTheHoursEarnIt(
            @ForAll @DoubleRange(min = 0, max = 1000) double load,
            @ForAll @DoubleRange(min = 0, max = 1000) double capacity,
            @ForAll @DoubleRange(min = 0, max = 2) double operator,
            @ForAll @DoubleRange(min = 0, max = 2) double manager) {
        WeekPlan plan = CapacityPlan.plan(List.of(new WeekLoad(FIRST, load, LoadBasis.SEASONAL)),
                Map.of(FIRST, capacity), operator, manager).get(0);
        if (load <= capacity) {
            assertThat(plan.gap()).isZero();
            assertThat(plan.flagged()).isFalse();
            assertThat(plan.operatorHours().getAsDouble()).isZero();
            assertThat(plan.managerHours().getAsDouble()).isZero();
        } else {
            assertThat(plan.flagged()).isTrue();
            assertThat(plan.gap()).isCloseTo(load - capacity, within(1e-9));
            if (operator > 0) {
                assertThat(plan.operatorHours().getAsDouble() * operator).isCloseTo(plan.gap(), within(1e-6));
            } else {
                assertThat(plan.operatorHours()).isEmpty();
            }
            if (manager > 0) {
                assertThat(plan.managerHours().getAsDouble() * manager).isCloseTo(plan.gap(), within(1e-6));
            } else {
                assertThat(plan.managerHours()).isEmpty();
            }
        }
    }
}
