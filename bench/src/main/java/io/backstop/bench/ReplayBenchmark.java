package io.backstop.bench;

import io.backstop.core.replay.EventType;
import io.backstop.core.replay.Replay;
import io.backstop.core.replay.ReplayResult;
import io.backstop.core.replay.Scenario;
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
 * {@link Replay#run} over {@link DepartmentMonth}: a month of a 300-issue department, tick PT1M. The issue count is a
 * parameter only to see how the replay scales ({@code -p issues=300,1000,3000}); the target is for 300.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReplayBenchmark {

    static final long SEED = 42L;

    @Param({"300"})
    public int issues;

    private Scenario scenario;

    @Setup(Level.Trial)
    public void setUp() {
        scenario = DepartmentMonth.generate(SEED, issues);
        ReplayResult result = Replay.run(scenario);
        System.out.printf("%nscenario: %d events (%d created, %d client messages, %d staff replies, %d resolved),"
                        + " %d absences; replay: %d replies, %d breaches, %d reassignments, %d queued at the end%n",
                scenario.events().size(), count(EventType.CREATED), count(EventType.CLIENT_MESSAGE),
                count(EventType.STAFF_REPLY), count(EventType.RESOLVED), scenario.absences().size(),
                result.replies().size(), result.breaches().size(), result.reassignments().size(),
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
