package io.backstop.jira.web;

import static io.backstop.jira.testing.Departments.MONDAY_10;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.spy;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.backstop.jira.BackstopHolder;
import io.backstop.jira.ao.ActiveObjectsStore;
import io.backstop.jira.testing.Departments;
import io.backstop.jira.testing.H2ActiveObjects;
import io.backstop.jira.testing.PluginHarness;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The web-fragment conditions run on every Jira page for everyone (the top navigation's queue item): anonymous
 * people and people outside the department are answered without Backstop's tables, and a page asks them once.
 * Active Objects is a spy, so every access to Backstop's tables shows.
 */
class ScreenConditionTest {

    private final PluginHarness plugin = new PluginHarness(MONDAY_10);
    private final ActiveObjects tables = spy(plugin.ao);
    private ScreenCondition queue;

    @BeforeEach
    void department() {
        plugin.department(Departments.workedExample());
        plugin.jira.user("stranger");
        BackstopHolder holder = new BackstopHolder(new ActiveObjectsStore(tables), plugin.tracker, plugin.directory,
                plugin.locks);
        JiraScreens screens = new JiraScreens(holder, plugin.currentUser, plugin.directory, plugin.browse,
                new JiraTemplates(mock(TemplateRenderer.class)), plugin.jira.authentication,
                mock(PageBuilderService.class), mock(ApplicationProperties.class));
        queue = new ScreenCondition(screens);
        queue.init(Map.of("screen", "queue"));
    }

    @Test
    void anAnonymousPageReadsNoTable() {
        plugin.jira.logIn(null);

        assertThat(queue.shouldDisplay(Map.of())).isFalse();
        assertThat(tableReads()).isZero();
    }

    @Test
    void somebodyOutsideTheDepartmentReadsNoTableOnceTheNodeKnowsWhoIsIn() {
        plugin.jira.logIn("ivanova");
        assertThat(queue.shouldDisplay(Map.of())).isTrue();
        clearInvocations(tables);

        plugin.jira.logIn("stranger");
        assertThat(queue.shouldDisplay(Map.of())).isFalse();
        assertThat(tableReads()).isZero();
    }

    @Test
    void aPageAsksTheTablesOnceHoweverOftenJiraAsksTheCondition() {
        plugin.jira.logIn("operator");
        assertThat(queue.shouldDisplay(Map.of())).isTrue();
        clearInvocations(tables);

        assertThat(queue.shouldDisplay(Map.of())).isTrue();
        assertThat(queue.shouldDisplay(Map.of())).isTrue();
        assertThat(tableReads()).isZero();
    }

    @Test
    void buildingTheAppChangesNoTableTheUpgradeTaskDoesThat() {
        H2ActiveObjects fresh = spy(new H2ActiveObjects());
        BackstopHolder holder = new BackstopHolder(new ActiveObjectsStore(fresh), plugin.tracker, plugin.directory,
                plugin.locks);

        holder.get();

        assertThat(mockingDetails(fresh).getInvocations()).extracting(i -> i.getMethod().getName())
                .doesNotContain("migrate", "migrateDestructively");
    }

    private int tableReads() {
        return mockingDetails(tables).getInvocations().size();
    }
}
