package io.backstop.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.calendar.WorkingSpan;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Countdown} on random calendars (zones with and without daylight saving, 0-3 possibly overlapping intervals
 * a day, 24:00 ends, holidays) at random instants within two weeks of a daylight-saving change: it is the calendar's
 * {@code working} with a sign, the sign flips at the due instant, and it is paused exactly when the instant lies in
 * none of the calendar's working spans.
 */
class CountdownPropertyTest {

    private static final int TRIES = 300;
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Moscow"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"));
    /** Local dates near which instants are drawn: daylight-saving changes in Europe and America, and a year end. */
    private static final List<LocalDate> ANCHORS = List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25),
            LocalDate.of(2026, 3, 8), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 4, 5), LocalDate.of(2025, 12, 31));
    private static final int WINDOW_MINUTES = 14 * 24 * 60;

    record Sample(WorkCalendar calendar, Instant now, Instant due, Duration step) {
    }

    @Provide
    Arbitrary<Sample> samples() {
        Arbitrary<DailyInterval> interval = Combinators.combine(minuteOfDay(), minuteOfDay()).as((x, y) ->
                new DailyInterval(Math.min(Math.min(x, y), 23 * 60) * 60, Math.max(x, y) * 60));
        Arbitrary<Map<DayOfWeek, List<DailyInterval>>> weeks = interval.list().ofMaxSize(3).list().ofSize(7)
                .filter(days -> days.stream().flatMap(List::stream).anyMatch(i -> !i.isEmpty()))
                .map(days -> {
                    Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
                    for (int i = 0; i < 7; i++) {
                        week.put(DayOfWeek.of(i + 1), days.get(i));
                    }
                    return week;
                });
        Arbitrary<Integer> offset = Arbitraries.integers().between(-WINDOW_MINUTES, WINDOW_MINUTES);
        Arbitrary<Duration> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, 120)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(0, 3L * 24 * 60))).map(Duration::ofMinutes);
        return Combinators.combine(Arbitraries.of(ZONES), Arbitraries.of(ANCHORS), weeks,
                        Arbitraries.integers().between(-16, 16).set().ofMaxSize(5), offset, offset, step)
                .as((zone, anchor, week, holidayDays, nowMinute, dueMinute, lag) -> {
                    Set<LocalDate> holidays = new TreeSet<>();
                    holidayDays.forEach(days -> holidays.add(anchor.plusDays(days)));
                    Instant base = anchor.atStartOfDay(ZoneOffset.UTC).toInstant();
                    return new Sample(new WorkCalendar(zone, week, holidays), base.plusSeconds(nowMinute * 60L),
                            base.plusSeconds(dueMinute * 60L), lag);
                });
    }

    private static Arbitrary<Integer> minuteOfDay() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 24 * 60)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0, 60, 120, 150, 180, 540, 780, 840, 1080, 1439, 1440)));
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("workingSecondsLeft is working(now, due) before due and -working(due, now) from due on")
    void agreesWithWorking(@ForAll("samples") Sample s) {
        long left = Countdown.at(s.calendar(), s.due(), s.now()).workingSecondsLeft();
        if (s.now().isBefore(s.due())) {
            assertThat(left).isEqualTo(s.calendar().working(s.now(), s.due()).getSeconds()).isNotNegative();
        } else {
            assertThat(left).isEqualTo(-s.calendar().working(s.due(), s.now()).getSeconds()).isNotPositive();
        }
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("due = addWorking(now, d) leaves exactly d; at due none; one working minute later, one minute overdue")
    void signFlipsAtDue(@ForAll("samples") Sample s) {
        Duration amount = s.step();
        Instant due = s.calendar().addWorking(s.now(), amount);
        assertThat(Countdown.at(s.calendar(), due, s.now()).workingSecondsLeft()).isEqualTo(amount.getSeconds());
        assertThat(Countdown.at(s.calendar(), due, due).workingSecondsLeft()).isZero();
        Instant minuteLate = s.calendar().addWorking(due, Duration.ofMinutes(1));
        assertThat(Countdown.at(s.calendar(), due, minuteLate).workingSecondsLeft()).isEqualTo(-60);
        if (!amount.isZero()) {
            Instant justBefore = due.minusSeconds(1);
            assertThat(Countdown.at(s.calendar(), due, justBefore).workingSecondsLeft())
                    .as("the last second before due is working time").isEqualTo(1);
        }
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("moving now on by a step takes exactly the step's working time off, whichever side of due")
    void countsDownByTheWorkingTimeThatPasses(@ForAll("samples") Sample s) {
        Instant later = s.now().plus(s.step());
        long before = Countdown.at(s.calendar(), s.due(), s.now()).workingSecondsLeft();
        long after = Countdown.at(s.calendar(), s.due(), later).workingSecondsLeft();
        assertThat(before - after).isEqualTo(s.calendar().working(s.now(), later).getSeconds());
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("paused iff now lies in no working span of its day or the days beside it")
    void pausedIffOutsideEveryInterval(@ForAll("samples") Sample s) {
        LocalDate day = s.now().atZone(s.calendar().zone()).toLocalDate();
        List<WorkingSpan> spans = new ArrayList<>();
        for (LocalDate d = day.minusDays(1); !d.isAfter(day.plusDays(1)); d = d.plusDays(1)) {
            spans.addAll(s.calendar().workingSpans(d));
        }
        boolean inside = spans.stream()
                .anyMatch(span -> !s.now().isBefore(span.start()) && s.now().isBefore(span.end()));
        Countdown countdown = Countdown.at(s.calendar(), s.due(), s.now());
        assertThat(countdown.paused()).isEqualTo(!inside);
        assertThat(countdown.paused()).as("paused iff no working time in the next instant")
                .isEqualTo(s.calendar().working(s.now(), s.now().plusNanos(1)).isZero());
    }

    @Property(tries = TRIES, edgeCases = EdgeCasesMode.NONE)
    @Label("while paused the countdown stands still until working time resumes")
    void standsStillWhilePaused(@ForAll("samples") Sample s) {
        Countdown countdown = Countdown.at(s.calendar(), s.due(), s.now());
        if (!countdown.paused()) {
            return;
        }
        Instant resumes = s.calendar().addWorking(s.now(), Duration.ofSeconds(1)).minusSeconds(1);
        assertThat(Countdown.at(s.calendar(), s.due(), resumes).workingSecondsLeft())
                .isEqualTo(countdown.workingSecondsLeft());
    }
}
