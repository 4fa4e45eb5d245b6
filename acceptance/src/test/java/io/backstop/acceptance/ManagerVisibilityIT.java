package io.backstop.acceptance;

import static io.backstop.acceptance.Scenarios.instant;
import static io.backstop.acceptance.Scenarios.queue;
import static io.backstop.acceptance.Scenarios.sla;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.acceptance.Host.Who;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A manager cannot read, in the queue or by its key, an issue they may not browse; the operator sees it. (In the
 * sandbox "may browse" is the sandbox's rule, in Jira the project's Browse permission.)
 */
@ExtendWith(Hosts.class)
class ManagerVisibilityIT {

    private static Host host;

    @BeforeAll
    static void host(Host given) {
        host = given;
    }

    @Test
    void aManagerDoesNotSeeQueuedIssuesTheyMayNotBrowse() {
        String visible = host.createClientIssue("Invoice question");
        Optional<String> maybeHidden = host.createIssueHiddenFromManager("Someone else's client");
        Assumptions.assumeTrue(maybeHidden.isPresent(), host::whyNoHiddenIssue);
        String hidden = maybeHidden.orElseThrow();

        Instant visibleQueued = instant(sla(host, Who.OPERATOR, visible).get("queuedAt"));
        Instant hiddenQueued = instant(sla(host, Who.OPERATOR, hidden).get("queuedAt"));
        host.advanceTo(visibleQueued.isAfter(hiddenQueued) ? visibleQueued : hiddenQueued);

        host.eventually(() -> {
            assertThat(queue(host, Who.OPERATOR)).contains(visible, hidden);
            assertThat(queue(host, Who.MANAGER)).contains(visible).doesNotContain(hidden);
        });
        // By its key, the hidden issue answers as an unknown one would: its existence does not leak.
        Host.Answer answer = host.get(Who.MANAGER, "issues/" + hidden + "/sla");
        assertThat(answer.status()).as("GET issues/" + hidden + "/sla as the manager: " + answer.body())
                .isEqualTo(404);
        assertThat(host.get(Who.MANAGER, "issues/" + visible + "/sla").status()).isEqualTo(200);
    }
}
