package io.backstop.bench;

import io.backstop.core.replay.Replay;
import io.backstop.core.replay.Scenario;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A cross-check of {@link ReplayBenchmark} for a machine shared with other work, as {@link TickCpuTime} is for the
 * tick: the shapes' months built in one JVM, then replayed in turn (one of each, again and again), with the replay's
 * thread CPU time and wall time. Load that changes during the run then falls on every shape alike, and waiting for
 * a core shows in the wall time only.
 *
 * <pre>java -cp bench/target/backstop-bench.jar io.backstop.bench.ReplayCpuTime ISSUES WARMUP RUNS [SHAPE,SHAPE...]</pre>
 */
public final class ReplayCpuTime {

    private ReplayCpuTime() {
    }

    public static void main(String[] args) {
        int issues = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        String[] shapes = args.length > 3 ? args[3].split(",")
                : new String[] {DepartmentMonth.TODAY, DepartmentMonth.V2, DepartmentMonth.V2_NO_BUSY};
        Scenario[] months = new Scenario[shapes.length];
        for (int s = 0; s < shapes.length; s++) {
            months[s] = DepartmentMonth.generate(ReplayBenchmark.SEED, issues, shapes[s]);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] times = new double[shapes.length * 2][runs];
        for (int i = 0; i < warmup + runs; i++) {
            for (int s = 0; s < shapes.length; s++) {
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                Replay.run(months[s]);
                if (i >= warmup) {
                    times[s * 2][i - warmup] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                    times[s * 2 + 1][i - warmup] = (System.nanoTime() - wall) / 1e6;
                }
            }
        }
        for (int s = 0; s < shapes.length; s++) {
            System.out.printf("issues %d, %s, %d replays after %d: CPU %s, wall %s (ms)%n", issues, shapes[s], runs,
                    warmup, Medians.summary(times[s * 2]), Medians.summary(times[s * 2 + 1]));
        }
    }
}
