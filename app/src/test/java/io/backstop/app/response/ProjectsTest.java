package io.backstop.app.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The department answers the issues of its projects: issues of other projects get no clock, and narrowing the
 * projects does not strand the work Backstop already keeps.
 */
class ProjectsTest {

    private static final String DEPARTMENT = """
            {
              "calendar": {
                "zone": "Europe/Moscow",
                "week": { "MON": ["09:00-18:00"], "TUE": ["09:00-18:00"] },
                "holidays": []
              },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "ivanova", "role": "MANAGER" }
              ],
              "tick": "PT5M",
              "projects": %s
            }
            """;
    private static final Instant TEN = OffsetDateTime.parse("2026-11-02T10:00:00+03:00").toInstant();

    private final TestHost host = new TestHost();
    private final ResponseDesk desk = host.backstop.responses();

    @AfterEach
    void close() {
        host.store.close();
    }

    private void projects(String list) {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT.formatted(list)));
    }

    private void clientWrites(String issue, Instant at) {
        IssueFacts facts = new IssueFacts(issue, "Client request", "Medium", "ivanova", "Acme");
        desk.issueCreated(facts, "client", at);
        desk.commentAdded(facts, "client", false, at);
    }

    @Test
    void issuesOfOtherProjectsGetNoClock() {
        projects("[\"WEB\", \"SEO\"]");

        clientWrites("WEB-1", TEN);
        clientWrites("SEO-7", TEN);
        clientWrites("DEV-1", TEN);
        clientWrites("WEBX-1", TEN);

        assertThat(host.backstop.views().clock("WEB-1")).isPresent();
        assertThat(host.backstop.views().clock("SEO-7")).isPresent();
        assertThat(host.backstop.views().clock("DEV-1")).isEmpty();
        assertThat(host.backstop.views().clock("WEBX-1")).isEmpty();
        assertThat(desk.concerns("DEV-1")).isFalse();
    }

    @Test
    void workAlreadyKeptRunsItsCourseAfterItsProjectIsLeftOut() {
        projects("[]");
        clientWrites("WEB-1", TEN);
        projects("[\"SEO\"]");

        assertThat(desk.concerns("WEB-1")).isTrue();
        desk.commentAdded(new IssueFacts("WEB-1", "Client request", "Medium", "ivanova", "Acme"), "ivanova", false,
                TEN.plusSeconds(600));
        assertThat(host.backstop.views().clock("WEB-1").orElseThrow().clock().isAwaiting()).isFalse();
        desk.issueResolved("WEB-1", TEN.plusSeconds(900));
        assertThat(host.backstop.views().clock("WEB-1").orElseThrow().clock().open()).isFalse();
        clientWrites("WEB-2", TEN.plusSeconds(900));
        assertThat(host.backstop.views().clock("WEB-2")).isEmpty();
    }

    @Test
    void anEmptyListMeansEveryProjectAndTheListIsKeptInTheDocument() {
        projects("[]");
        DepartmentSettings every = host.backstop.settings().current();
        assertThat(every.watches("ANY-1")).isTrue();
        assertThat(SettingsDocument.toJson(every).get("projects").isEmpty()).isTrue();

        projects("[\"WEB\"]");
        DepartmentSettings web = host.backstop.settings().current();
        assertThat(web.projects()).isEqualTo(List.of("WEB"));
        assertThat(web.watches("WEB-12")).isTrue();
        assertThat(web.watches("WEB")).isFalse();
        assertThat(SettingsDocument.read(SettingsDocument.write(web)).projects()).containsExactly("WEB");
    }
}
