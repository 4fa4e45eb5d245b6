package io.backstop.sandbox.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.sandbox.host.SandboxClient;
import io.backstop.sandbox.host.SandboxProcess;
import io.backstop.sandbox.rest.FaultWriters.KillPoint;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the sandbox acknowledged is lost to {@code kill -9}: a real sandbox process takes writes from parallel
 * writers (issues, client messages, resolutions, absences, clock moves, watcher runs), is killed with SIGKILL at a
 * random moment, and restarted on the same data; every write it answered 2xx must be read back, and no issue may be
 * torn between the tracker and Backstop's clock. Round after round on the same data, at the kill points of
 * {@link KillPoint}. The seed is printed, so that a failing run can be repeated.
 */
@Tag("fault")
class KillNineIT {

    private static final List<KillPoint> ROUNDS = List.of(KillPoint.BURST, KillPoint.CLOCK_MOVE,
            KillPoint.WATCHER_RUN, KillPoint.BURST, KillPoint.CLOCK_MOVE, KillPoint.WATCHER_RUN);

    @TempDir
    Path data;

    @Test
    void everyAcknowledgedWriteSurvivesAKillAtAnyMoment() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path log = data.resolveSibling(data.getFileName() + "-sandbox.log");
        AcknowledgedWrites acknowledged = new AcknowledgedWrites();
        AtomicInteger sequence = new AtomicInteger();
        Set<String> problems = new LinkedHashSet<>(); // a write lost in one round stays lost: named once
        SandboxProcess sandbox = SandboxProcess.start(data, Rest.MONDAY_0800, log);
        new Rest.Calls(new SandboxClient(sandbox.url())).putSettings(Rest.department());
        for (int round = 1; round <= ROUNDS.size(); round++) {
            KillPoint point = ROUNDS.get(round - 1);
            FaultWriters writers = new FaultWriters(new SandboxClient(sandbox.url()), acknowledged, sequence);
            ExecutorService pool = FaultWriters.pool();
            List<Future<?>> running = writers.start(point, pool);
            long killAfter = 300 + random.nextInt(1200);
            Thread.sleep(killAfter);
            sandbox.kill();
            for (Future<?> writer : running) {
                writer.get(30, TimeUnit.SECONDS);
            }
            pool.shutdown();
            sandbox = SandboxProcess.start(data, Rest.MONDAY_0800, log);
            List<String> found = acknowledged.problems(new SandboxClient(sandbox.url()));
            System.out.printf("kill -9 round %d (%s, after %d ms, seed %d): %d acknowledged writes so far, %d lost"
                    + " or torn%n", round, point, killAfter, seed, acknowledged.count(), found.size());
            problems.addAll(found);
        }
        sandbox.kill();
        assertThat(problems).as("acknowledged writes lost or torn by kill -9 (seed " + seed + ", "
                + acknowledged.count() + " acknowledged)").isEmpty();
    }
}
