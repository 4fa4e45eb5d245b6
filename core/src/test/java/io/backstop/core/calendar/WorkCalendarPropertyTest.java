package io.backstop.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.backstop.core.calendar.CalendarArbitraries.Sample;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link WorkCalendar} from the "Working time" section of {@code docs/sla-semantics.md}, on random
 * calendars (zones with and without DST, 0-3 possibly overlapping intervals a day, 24:00 ends, holidays) and random
 * minute-aligned instants within a few weeks of a DST change or a year end. See {@link CalendarArbitraries}.
 */
class WorkCalendarPropertyTest {

    /*
     * 300 random tries per property. jqwik's own edge cases are switched off: for these flat-mapped generators they
     * cost more than all random tries together, and the generators already favour the edges that matter here
     * (zero durations, midnight, 24:00, the local times of DST changes). The class runs in about 5 s on 2 cores.
     */
    private static final int TRIES = 300;

    /**
     * While the suspected bugs described in {@code WorkCalendarTest} (spans on DST spring-forward days counted twice,
     * or lost by merging in local time) are open, calendars that run into them are skipped: they fail almost every
     * property here. Set to false once they are fixed.
     */
    private static final boolean SKIP_SUSPECTED_GAP_BUGS = false;
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Provide
    Arbitrary<Sample> samples() {
        return CalendarArbitraries.samples()
                .filter(sample -> !(SKIP_SUSPECTED_GAP_BUGS && sample.spec().affectedBySuspectedGapBugs()));
    }

    @Provide
    Arbitrary<CalendarSpec> calendars() {
        return CalendarArbitraries.calendars()
                .filter(spec -> !(SKIP_SUSPECTED_GAP_BUGS && spec.affectedBySuspectedGapBugs()));
    }

    // --- agreement with the minute-stepping reference ---

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("working(a, b) agrees with the minute-stepping reference")
    void workingAgreesWithReference(@ForAll("samples") Sample s) {
        Instant b = s.t().plus(s.lag());
        assertThat(s.calendar().working(s.t(), b)).isEqualTo(s.reference().working(s.t(), b));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("addWorking(t, d) agrees with the minute-stepping reference")
    void addWorkingAgreesWithReference(@ForAll("samples") Sample s) {
        assertThat(s.calendar().addWorking(s.t(), s.a())).isEqualTo(s.reference().addWorking(s.t(), s.a()));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("isWorking(t) agrees with the minute-stepping reference")
    void isWorkingAgreesWithReference(@ForAll("samples") Sample s) {
        assertThat(s.calendar().isWorking(s.t())).isEqualTo(s.reference().isWorkingMinute(s.t()));
    }

    // --- algebra of working and addWorking ---

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("working(t, addWorking(t, d)) == d")
    void addWorkingThenWorkingGivesBackTheAmount(@ForAll("samples") Sample s) {
        Instant u = s.calendar().addWorking(s.t(), s.a());
        assertThat(u).isAfterOrEqualTo(s.t());
        assertThat(s.calendar().working(s.t(), u)).isEqualTo(s.a());
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("addWorking(t, d) is the earliest such instant: working(t, u - 1 min) < d")
    void addWorkingIsEarliest(@ForAll("samples") Sample s) {
        Duration d = s.a().isZero() ? MINUTE : s.a();
        Instant u = s.calendar().addWorking(s.t(), d);
        assertThat(u).isAfter(s.t());
        assertThat(s.calendar().working(s.t(), u.minus(MINUTE))).isLessThan(d);
        // The last minute before u is working time, or u would not be the earliest.
        assertThat(s.calendar().isWorking(u.minus(MINUTE))).isTrue();
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("addWorking is monotone in t")
    void addWorkingMonotoneInStart(@ForAll("samples") Sample s) {
        Instant later = s.t().plus(s.lag());
        assertThat(s.calendar().addWorking(s.t(), s.a()))
                .isBeforeOrEqualTo(s.calendar().addWorking(later, s.a()));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("addWorking is monotone in d")
    void addWorkingMonotoneInAmount(@ForAll("samples") Sample s) {
        Duration smaller = s.a().compareTo(s.b()) <= 0 ? s.a() : s.b();
        Duration larger = s.a().compareTo(s.b()) <= 0 ? s.b() : s.a();
        assertThat(s.calendar().addWorking(s.t(), smaller))
                .isBeforeOrEqualTo(s.calendar().addWorking(s.t(), larger));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("working(a, b) is monotone in b and never longer than b - a")
    void workingMonotoneInEndAndBounded(@ForAll("samples") Sample s) {
        Instant b1 = s.t().plus(s.lag());
        Instant b2 = b1.plus(s.a());
        Duration w1 = s.calendar().working(s.t(), b1);
        Duration w2 = s.calendar().working(s.t(), b2);
        assertThat(w1).isLessThanOrEqualTo(w2);
        assertThat(w1).isLessThanOrEqualTo(s.lag());
        assertThat(w2).isLessThanOrEqualTo(s.lag().plus(s.a()));
        assertThat(w2.minus(w1)).isEqualTo(s.calendar().working(b1, b2)); // additive over [a, b1) + [b1, b2)
        assertThat(s.calendar().working(b1, s.t())).isZero(); // reversed or empty ranges have no working time
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("addWorking(addWorking(t, a), b) == addWorking(t, a + b)")
    void addWorkingIsAdditive(@ForAll("samples") Sample s) {
        WorkCalendar calendar = s.calendar();
        assertThat(calendar.addWorking(calendar.addWorking(s.t(), s.a()), s.b()))
                .isEqualTo(calendar.addWorking(s.t(), s.a().plus(s.b())));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("addWorking(t, [a, b, lag, 0]) in one walk == each added on its own")
    void addingSeveralAmountsAgreesWithAddingEach(@ForAll("samples") Sample s) {
        WorkCalendar calendar = s.calendar();
        List<Duration> amounts = List.of(s.a(), s.b(), s.lag(), Duration.ZERO);
        assertThat(calendar.addWorking(s.t(), amounts))
                .containsExactlyElementsOf(amounts.stream().map(d -> calendar.addWorking(s.t(), d)).toList());
    }

    @Property(tries = 30, edgeCases = EdgeCasesMode.NONE)
    @Label("a calendar that has worked out more days than it remembers gives the same spans as a fresh one")
    void rememberedSpansAreTheSameAfterTheMemoryIsFull(@ForAll("samples") Sample s) {
        WorkCalendar used = s.spec().calendar();
        LocalDate day = s.t().atZone(used.zone()).toLocalDate();
        List<WorkingSpan> first = used.workingSpans(day);
        for (int i = 1; i <= WorkCalendar.REMEMBERED_DAYS + 1; i++) {
            used.workingSpans(day.plusDays(i));
        }
        assertThat(used.workingSpans(day)).isEqualTo(first).isEqualTo(s.spec().calendar().workingSpans(day));
        assertThat(used.addWorking(s.t(), s.a())).isEqualTo(s.reference().addWorking(s.t(), s.a()));
    }

    // --- holidays ---

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("a holiday's whole local day has no working time")
    void holidaysHaveNoWorkingTime(@ForAll("calendars") CalendarSpec spec) {
        for (LocalDate holiday : spec.holidays()) {
            Instant start = spec.startOf(holiday);
            Instant end = spec.startOf(holiday.plusDays(1));
            assertThat(spec.calendar().working(start, end)).as("holiday %s", holiday).isZero();
            assertThat(spec.calendar().workingSpans(holiday)).isEmpty();
            assertThat(spec.calendar().isWorking(start)).isFalse();
        }
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("adding a holiday removes exactly that day's working time and never makes anything earlier")
    void addingAHolidayNeverIncreasesWorkingTime(@ForAll("samples") Sample s) {
        CalendarSpec more = s.spec().withHoliday(s.extraHoliday());
        WorkCalendar before = s.calendar();
        WorkCalendar after = more.calendar();
        Instant a = s.t();
        Instant b = a.plus(s.lag());

        Duration withoutHoliday = before.working(a, b);
        Duration withHoliday = after.working(a, b);
        assertThat(withHoliday).isLessThanOrEqualTo(withoutHoliday);

        // Exactly the holiday's local day is lost.
        Instant dayStart = max(a, more.startOf(s.extraHoliday()));
        Instant dayEnd = min(b, more.startOf(s.extraHoliday().plusDays(1)));
        assertThat(withoutHoliday.minus(withHoliday)).isEqualTo(before.working(dayStart, dayEnd));

        assertThat(after.addWorking(a, s.a())).isAfterOrEqualTo(before.addWorking(a, s.a()));
    }

    private static Instant max(Instant x, Instant y) {
        return x.isAfter(y) ? x : y;
    }

    private static Instant min(Instant x, Instant y) {
        return x.isBefore(y) ? x : y;
    }
}
