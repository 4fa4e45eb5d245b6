package io.backstop.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * A cross-check of {@link WatcherTickBenchmark#tick} for a machine shared with other work: each kind of work set up
 * in its own database in one JVM, then their ticks taken in turn (one of each, again and again), with the tick's
 * thread CPU time, its wall time and the collectors' time during it. Load that changes during the run then falls on
 * every kind of work alike, and waiting for a core shows in the wall time only (the CPU times still include cache
 * and memory contention). Same set-up, checks and reset as the benchmark.
 *
 * <pre>java -cp bench/target/backstop-bench.jar io.backstop.bench.TickCpuTime CLOCKS WARMUP TICKS [WORK,WORK...]</pre>
 */
public final class TickCpuTime {

    private TickCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int clocks = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int ticks = Integer.parseInt(args[2]);
        String[] works = args.length > 3 ? args[3].split(",")
                : new String[] {TickSeed.BREACHES, TickSeed.REMINDERS_AND_PROMISES};
        List<WatcherTickBenchmark> benchmarks = new ArrayList<>();
        for (String work : works) {
            WatcherTickBenchmark benchmark = new WatcherTickBenchmark();
            benchmark.clocks = clocks;
            benchmark.work = work;
            benchmark.setUp();
            benchmarks.add(benchmark);
        }
        double[][] times = new double[works.length * 3][ticks];
        for (int i = 0; i < warmup + ticks; i++) {
            for (int w = 0; w < works.length; w++) {
                double[] one = timeOneTick(benchmarks.get(w));
                for (int t = 0; i >= warmup && t < 3; t++) {
                    times[w * 3 + t][i - warmup] = one[t];
                }
            }
        }
        for (int w = 0; w < works.length; w++) {
            benchmarks.get(w).tearDown();
            System.out.printf("clocks %d, %s, %d ticks after %d: CPU %s, wall %s, GC %s (ms)%n", clocks, works[w],
                    ticks, warmup, Medians.summary(times[w * 3]), Medians.summary(times[w * 3 + 1]), Medians.summary(times[w * 3 + 2]));
        }
    }

    /** CPU, wall and collector milliseconds of one tick, after the benchmark's reset (not timed). */
    private static double[] timeOneTick(WatcherTickBenchmark benchmark) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        benchmark.resetWatchedClocks();
        long gc = gcMillis();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        benchmark.tick();
        return new double[] {(threads.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6,
                gcMillis() - gc};
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}
