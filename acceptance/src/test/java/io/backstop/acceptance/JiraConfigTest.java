package io.backstop.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Jira run refuses to start, naming what is missing, rather than skipping anything. */
class JiraConfigTest {

    private static final String[] NAMES = {"backstop.jira.url", "backstop.jira.tokens", "backstop.jira.project",
        "backstop.jira.hiddenProject", "backstop.jira.issueType"};

    @AfterEach
    void clear() {
        for (String name : NAMES) {
            System.clearProperty(name);
        }
    }

    @Test
    void withoutPropertiesItFailsNamingEachOne() {
        clear();
        assertThatThrownBy(JiraConfig::fromSystemProperties)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-Dbackstop.jira.url=")
                .hasMessageContaining("-Dbackstop.jira.tokens=")
                .hasMessageContaining("-Dbackstop.jira.project=")
                .hasMessageContaining("docs/acceptance.md");
    }

    @Test
    void unresolvedMavenExpressionsCountAsMissing() {
        System.setProperty("backstop.jira.url", "${backstop.jira.url}");
        System.setProperty("backstop.jira.tokens", "staff:a,operator:b,client:c");
        System.setProperty("backstop.jira.project", "WEB");
        assertThatThrownBy(JiraConfig::fromSystemProperties).hasMessageContaining("-Dbackstop.jira.url=");
    }

    @Test
    void aMissingRoleOrAnUnknownOneIsNamed() {
        assertThatThrownBy(() -> JiraConfig.parseTokens("staff:a,client:c")).hasMessageContaining("operator");
        assertThatThrownBy(() -> JiraConfig.parseTokens("staff:a,operator:b,client:c,boss:d"))
                .hasMessageContaining("unknown role \"boss\"");
        assertThatThrownBy(() -> JiraConfig.parseTokens("staff:,operator:b,client:c"))
                .hasMessageContaining("no token for staff");
    }

    @Test
    void aCompleteConfiguration() {
        System.setProperty("backstop.jira.url", "https://jira.example.org");
        System.setProperty("backstop.jira.tokens", "staff:a,operator:b:c,client:d,admin:e");
        System.setProperty("backstop.jira.project", "WEB");
        JiraConfig config = JiraConfig.fromSystemProperties();
        assertThat(config.url().toString()).isEqualTo("https://jira.example.org/");
        assertThat(config.tokens()).isEqualTo(Map.of("staff", "a", "operator", "b:c", "client", "d", "admin", "e"));
        assertThat(config.project()).isEqualTo("WEB");
        assertThat(config.hiddenProject()).isEmpty();
        assertThat(config.issueType()).isEqualTo("Client request");
    }
}
