package io.backstop.acceptance;

import static io.backstop.acceptance.Scenarios.queue;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.acceptance.Host.Who;
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

        // Both were created by now, so both are queued queueAfter from now. (Read through the queue, not by key:
        // on Jira the operator need not browse the hidden project; the queue shows the operator everything.)
        host.advanceTo(host.now().plus(host.pace().queueAfter()));

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
