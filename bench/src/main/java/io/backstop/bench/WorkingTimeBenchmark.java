package io.backstop.bench;

import io.backstop.core.calendar.WorkCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link WorkCalendar#addWorking} against {@link MinuteSteppingCalendar}, in the same run, on the Moscow calendar of
 * {@link Fixtures}. Each call takes the next of {@value #STARTS} start instants spread over 2025 (whole minutes,
 * fixed seed), so neither side sees a constant argument.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkingTimeBenchmark {

    static final int STARTS = 1024; // a power of two: the index wraps with a mask
    static final long SEED = 20250101L;
    /** How many starts {@link #setUp} cross-checks against the baseline before measuring. */
    private static final int CHECKED = 64;

    @Param({"PT1H", "PT8H", "PT16H", "PT40H"})
    public String duration;

    private WorkCalendar calendar;
    private MinuteSteppingCalendar baseline;
    private Duration amount;
    private Instant[] starts;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        calendar = Fixtures.moscowCalendar();
        baseline = new MinuteSteppingCalendar(calendar);
        amount = Duration.parse(duration);
        starts = startsOver2025(STARTS, SEED);
        for (int i = 0; i < CHECKED; i++) {
            Instant fast = calendar.addWorking(starts[i], amount);
            Instant slow = baseline.addWorking(starts[i], amount);
            if (!fast.equals(slow)) {
                throw new IllegalStateException("addWorking(" + starts[i] + ", " + amount + ") = " + fast
                        + " but minute stepping gives " + slow);
            }
        }
    }

    @Benchmark
    public Instant addWorking() {
        return calendar.addWorking(nextStart(), amount);
    }

    @Benchmark
    public Instant minuteSteppingBaseline() {
        return baseline.addWorking(nextStart(), amount);
    }

    private Instant nextStart() {
        Instant start = starts[next];
        next = (next + 1) & (STARTS - 1);
        return start;
    }

    /** {@code count} instants on whole minutes, uniform over the year 2025 in Moscow. */
    static Instant[] startsOver2025(int count, long seed) {
        long from = ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, Fixtures.MOSCOW).toEpochSecond() / 60;
        long to = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, Fixtures.MOSCOW).toEpochSecond() / 60;
        SplittableRandom random = new SplittableRandom(seed);
        Instant[] result = new Instant[count];
        for (int i = 0; i < count; i++) {
            result[i] = Instant.ofEpochSecond(random.nextLong(from, to) * 60);
        }
        return result;
    }
}
