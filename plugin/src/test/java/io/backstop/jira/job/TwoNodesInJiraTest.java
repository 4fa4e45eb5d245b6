package io.backstop.jira.job;

import static io.backstop.jira.testing.Departments.MONDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.status.RunOutcome;
import io.backstop.app.response.ClockEvent;
import io.backstop.h2.H2EntityManagers;
import io.backstop.jira.testing.Departments;
import io.backstop.jira.testing.FakeJira;
import io.backstop.jira.testing.FakeJira.Assignment;
import io.backstop.jira.testing.H2ActiveObjects;
import io.backstop.jira.testing.PluginHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin on two Jira nodes: one Jira (issues, users, the cluster lock service behind {@code JiraLocks}), one
 * database, two plugin instances each with its own Active Objects connection pool. Their watcher jobs run at the
 * same moments (a scheduler that misfires, an admin's "run now" during a scheduled run) while clients write and
 * staff answer on either node: each breach and reassignment reaches Jira and the audit exactly once.
 */
class TwoNodesInJiraTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final List<String> MANAGERS = List.of("ivanova", "petrova");
    private static final int ISSUES = 16;

    private final ExecutorService nodes = Executors.newFixedThreadPool(2);
    private final FakeJira jira = new FakeJira();
    private final String url = "jdbc:h2:mem:jira-nodes-" + DATABASES.incrementAndGet()
            + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000";
    private final PluginHarness a = new PluginHarness(MONDAY_10, jira, new H2ActiveObjects(H2EntityManagers.open(url)))
            .department(Departments.workedExample("PT1H", "PT5M"));
    private final PluginHarness b = new PluginHarness(MONDAY_10, jira, new H2ActiveObjects(H2EntityManagers.open(url)));

    @AfterEach
    void stop() {
        nodes.shutdownNow();
        a.ao.manager().getProvider().dispose();
        b.ao.manager().getProvider().dispose();
    }

    @Test
    void watcherJobsOnTwoNodesBreachAndReassignEachIssueOncePerCycle() throws Exception {
        Random random = new Random(7);
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= ISSUES; i++) {
            String key = "WEB-" + i;
            String manager = MANAGERS.get(i % 2);
            jira.issue(key, "Client request", "Medium", "client", manager, manager, "Acme", MONDAY_10);
            node(random).clock.set(MONDAY_10);
            node(random).listener.onIssueEvent(jira.created(key));
            keys.add(key);
        }

        // 11:00: every issue is due; both nodes' jobs run at once, twice over.
        Instant eleven = MONDAY_10.plus(Duration.ofHours(1));
        runBothAt(eleven);
        runBothAt(eleven.plus(Duration.ofMinutes(5)));

        assertThat(jira.assignments).extracting(Assignment::to).hasSize(ISSUES).containsOnly("operator");
        assertThat(jira.assignments).extracting(Assignment::issue).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(audit(eleven.plus(Duration.ofDays(1)))).hasSize(ISSUES);

        // 11:10: the operator answers on either node (each issue goes home), the clients write again (due 12:10).
        Instant answered = eleven.plus(Duration.ofMinutes(10));
        for (String key : keys) {
            PluginHarness node = node(random);
            node.clock.set(answered);
            node.listener.onIssueEvent(jira.commented(key, "operator", answered));
            node = node(random);
            node.listener.onIssueEvent(jira.commented(key, "client", answered.plusSeconds(30)));
        }
        Instant twelveTen = answered.plus(Duration.ofHours(1));
        runBothAt(twelveTen);
        runBothAt(twelveTen.plus(Duration.ofMinutes(5)));

        // Per issue: to the operator, home again, to the operator again; one audit row and one note for each move.
        for (String key : keys) {
            String home = jira.assignmentsOf(key).get(0).from();
            assertThat(jira.assignmentsOf(key)).as(key).extracting(Assignment::to)
                    .containsExactly("operator", home, "operator");
        }
        List<ClockEvent> audit = audit(twelveTen.plus(Duration.ofDays(1)));
        assertThat(audit).hasSize(3 * ISSUES);
        assertThat(jira.notes).hasSize(3 * ISSUES);
        assertThat(a.backstop.views().breaches(Instant.EPOCH, twelveTen.plus(Duration.ofDays(1))))
                .hasSize(2 * ISSUES);
        assertThat(jira.locks.values()).noneMatch(lock -> lock.isHeld());
    }

    private PluginHarness node(Random random) {
        return random.nextBoolean() ? a : b;
    }

    private List<ClockEvent> audit(Instant to) {
        return b.backstop.views().audit(Instant.EPOCH, to);
    }

    private void runBothAt(Instant at) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JobRunnerResponse>> runs = new ArrayList<>();
        for (PluginHarness node : List.of(a, b)) {
            node.clock.set(at);
            runs.add(nodes.submit(() -> {
                go.await();
                return node.job.runJob(null);
            }));
        }
        go.countDown();
        for (Future<JobRunnerResponse> run : runs) {
            assertThat(run.get(60, TimeUnit.SECONDS).getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        }
    }
}
