package io.backstop.bench;

import io.backstop.core.replay.EventType;
import io.backstop.core.replay.Replay;
import io.backstop.core.replay.ReplayResult;
import io.backstop.core.replay.Scenario;
import io.backstop.core.staff.AbsenceKind;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
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
 * {@link Replay#run} over {@link DepartmentMonth}: a month of a 300-issue department, tick PT1M. The issue count is a
 * parameter to see how the replay scales ({@code -p issues=300,3000,30000}); the 1 s target is for 300. The
 * {@code shape} is today's ({@code today}: none of rules 11-14 in use) or version 2's ({@code v2}: reminders, holding
 * replies with and without a named promise, BUSY absences, a newcomer with {@code coversFrom}) on the same events;
 * {@code v2-no-busy} is v2 without the BUSY absences (not run by default).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReplayBenchmark {

    static final long SEED = 42L;

    @Param({"300"})
    public int issues;

    @Param({DepartmentMonth.TODAY, DepartmentMonth.V2})
    public String shape;

    private Scenario scenario;

    @Setup(Level.Trial)
    public void setUp() {
        scenario = DepartmentMonth.generate(SEED, issues, shape);
        ReplayResult result = Replay.run(scenario);
        System.out.printf("%nscenario (%s): %d events (%d created, %d client messages, %d staff replies of which %d"
                        + " holding, %d resolved), %d absences (%d BUSY); replay: %d replies, %d breaches, %d"
                        + " reassignments, %d reminders, %d promises (%s), %d queued at the end%n", shape,
                scenario.events().size(), count(EventType.CREATED), count(EventType.CLIENT_MESSAGE),
                count(EventType.STAFF_REPLY), scenario.events().stream().filter(event -> event.reply().holding())
                        .count(), count(EventType.RESOLVED), scenario.absences().size(),
                scenario.absences().stream().filter(absence -> absence.kind() == AbsenceKind.BUSY).count(),
                result.replies().size(), result.breaches().size(), result.reassignments().size(),
                result.reminders().size(), result.promises().size(), result.promises().stream().collect(
                        Collectors.groupingBy(promise -> promise.outcome(), TreeMap::new, Collectors.counting())),
                result.queue().size());
    }

    @Benchmark
    public ReplayResult replay() {
        return Replay.run(scenario);
    }

    private long count(EventType type) {
        return scenario.events().stream().filter(event -> event.type() == type).count();
    }
}
