package io.backstop.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.backstop.app.web.Html;
import io.backstop.jira.testing.Departments;
import io.backstop.jira.testing.PluginHarness;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The servlets, the issue panel and the condition on the stand-ins: Jira's services mocked, the app over H2, and
 * Jira's TemplateRenderer faked with Velocity 1.7 either escaping references as Jira's html-escaping Velocity does
 * (all but {@code ...Html}) or not at all; the page must come out escaped exactly once either way.
 */
class ScreensInJiraTest {

    private final PluginHarness plugin = new PluginHarness(Departments.MONDAY_10).department(
            Departments.workedExample());
    private final LoginUriProvider login = mock(LoginUriProvider.class);
    private final WebSudoManager webSudo = mock(WebSudoManager.class);
    private final PageBuilderService pages = mock(PageBuilderService.class);
    private final RequiredResources required = mock(RequiredResources.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter page = new StringWriter();

    ScreensInJiraTest() throws Exception {
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        lenient().when(pages.assembler()).thenReturn(assembler);
        lenient().when(assembler.resources()).thenReturn(required);
        lenient().when(application.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("https://jira.example/jira");
        lenient().when(login.getLoginUri(any())).thenAnswer(call -> URI.create(
                "/jira/login.jsp?os_destination=" + call.getArgument(0)));
        lenient().when(request.getRequestURL()).thenAnswer(call -> new StringBuffer(
                "https://jira.example/jira/plugins/servlet/backstop/queue"));
        lenient().when(response.getWriter()).thenReturn(new PrintWriter(page));
        plugin.jira.admin("admin");
        plugin.jira.group("backstop-staff", "operator");
        plugin.jira.user("client<b>");
    }

    private JiraScreens screens(boolean hostEscapes) {
        JiraTemplates templates = new JiraTemplates(velocity(hostEscapes));
        return new JiraScreens(plugin.backstop, plugin.currentUser, plugin.directory, plugin.browse, templates,
                plugin.jira.authentication, pages, application);
    }

    private void as(String name) {
        plugin.jira.logIn(name);
    }

    @ParameterizedTest(name = "host escapes: {0}")
    @ValueSource(booleans = {true, false})
    void anOperatorGetsTheQueueInJirasGeneralDecoratorWithItsTextsEscapedOnce(boolean hostEscapes) throws Exception {
        as("operator");

        new QueueServlet(screens(hostEscapes), login).doGet(request, response);

        verify(response).setStatus(200);
        verify(response).setContentType("text/html;charset=UTF-8");
        String html = page.toString();
        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.general\">",
                "<title>Operator&#39;s queue</title>", "<section id=\"backstop-queue\"",
                "<h1>Operator&#39;s queue</h1>", "data-rest=\"/jira/rest/backstop/1.0\"",
                "data-issue-page=\"/jira/browse/\"", "data-user=\"operator\"", "data-can-take=\"true\"",
                "data-i18n=\"{&quot;backstop.", "The list reloads itself every 30 s.");
        assertThat(html).doesNotContain("&amp;#39;", "&amp;quot;", "$i18n");
        verify(required).requireContext("backstop.queue");
    }

    @Test
    void theHeadGetsTheDashboardPageWithEveryGadgetAndTheAbsenceRequests() throws Exception {
        as("head");

        new DashboardServlet(screens(true), login).doGet(request, response);

        verify(response).setStatus(200);
        String html = page.toString();
        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.general\">",
                "<section id=\"backstop-dashboard\"", "data-gadget=\"absences\"", "data-gadget=\"newcomers\"",
                "data-gadget=\"learning-order\"", "data-gadget=\"waiting\"", "id=\"backstop-requests\"",
                "data-decides=\"true\"",
                "id=\"backstop-request-ask\"");
        assertThat(html).doesNotContain("&amp;#39;", "&amp;quot;", "$i18n", "$seeAll");
        verify(required).requireContext("backstop.dashboard");
    }

    @Test
    void aManagerGetsHerOwnWorkAndTheHeadPicksWhose() throws Exception {
        as("ivanova");

        new MyWorkServlet(screens(true), login).doGet(request, response);

        verify(response).setStatus(200);
        String html = page.toString();
        assertThat(html).contains("<meta name=\"decorator\" content=\"atl.general\">", "<title>My work</title>",
                "<section id=\"backstop-mywork\"", "data-issue-page=\"/jira/browse/\"", "data-see-all=\"false\"",
                "id=\"backstop-mywork-breached\"", "id=\"backstop-mywork-promises\"", "id=\"backstop-mywork-clients\"");
        assertThat(html).doesNotContain("backstop-mywork-person", "&amp;#39;", "$i18n");
        verify(required).requireContext("backstop.mywork");

        as("head");
        page.getBuffer().setLength(0);
        new MyWorkServlet(screens(true), login).doGet(request, response);
        assertThat(page.toString()).contains("data-see-all=\"true\"", "id=\"backstop-mywork-person\"");
    }

    @Test
    void theHeadRecordsAndDecidesAbsencesAManagerAsksForHers() throws Exception {
        as("head");

        new AbsencesServlet(screens(true), login).doGet(request, response);

        verify(response).setStatus(200);
        String html = page.toString();
        assertThat(html).contains("<section id=\"backstop-absences-page\"", "data-keeps=\"true\"",
                "id=\"backstop-absence-form\"", "id=\"backstop-absence-sick\"", "data-decides=\"true\"",
                "id=\"backstop-request-ask\"");
        verify(required).requireContext("backstop.absences");

        as("ivanova");
        page.getBuffer().setLength(0);
        new AbsencesServlet(screens(true), login).doGet(request, response);
        assertThat(page.toString()).contains("data-keeps=\"false\"", "data-decides=\"false\"",
                "id=\"backstop-request-ask\"").doesNotContain("id=\"backstop-absence-form\"");
    }

    @Test
    void anAnonymousPersonIsSentToJirasLoginAndBack() throws Exception {
        as(null);
        when(request.getQueryString()).thenReturn("refresh=10");

        new QueueServlet(screens(true), login).doGet(request, response);

        verify(response).sendRedirect(
                "/jira/login.jsp?os_destination=https://jira.example/jira/plugins/servlet/backstop/queue?refresh=10");
        verify(response, never()).setStatus(200);
        verify(required, never()).requireContext(anyString());
    }

    @Test
    void aManagerIsRefusedTheSettingsWith403AndNoWebSudo() throws Exception {
        as("ivanova");

        new AdminServlet(screens(true), login, webSudo).doGet(request, response);

        verify(response).setStatus(403);
        assertThat(page.toString()).contains("content=\"atl.admin\"",
                "Only administrators may change Backstop&#39;s settings.").doesNotContain("backstop-settings-form");
        verify(webSudo, never()).enforceWebSudoProtection(any(), any());
    }

    @Test
    void anAdministratorWithoutAWebSudoSessionIsAskedForThePassword() throws Exception {
        as("admin");
        doThrow(new WebSudoSessionException("no session")).when(webSudo).willExecuteWebSudoRequest(request);

        new AdminServlet(screens(true), login, webSudo).doGet(request, response);

        verify(webSudo).enforceWebSudoProtection(request, response);
        verify(response, never()).setStatus(200);
        assertThat(page.toString()).isEmpty();
    }

    @Test
    void anAdministratorInAWebSudoSessionGetsTheSettingsInTheAdminDecorator() throws Exception {
        as("admin");

        new AdminServlet(screens(false), login, webSudo).doGet(request, response);

        verify(response).setStatus(200);
        assertThat(page.toString()).contains("<meta name=\"decorator\" content=\"atl.admin\">",
                "<meta name=\"admin.active.section\" content=\"admin_plugins_menu/backstop-admin-section\">",
                "<section id=\"backstop-settings\"", "backstop-settings-form");
        // the page offers Jira's setup: the section the script shows when data-setup names the REST call
        assertThat(page.toString()).contains("data-setup=\"/jira/rest/backstop/1.0/setup\"", "id=\"backstop-setup-run\"");
        verify(required).requireContext("backstop.settings");
    }

    @ParameterizedTest(name = "host escapes: {0}")
    @ValueSource(booleans = {true, false})
    void theIssuePanelRendersTheIssueInTheContextForAnyoneLoggedIn(boolean hostEscapes) throws Exception {
        as("ivanova");
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("WEB-1");
        IssuePanel panel = new IssuePanel(screens(hostEscapes));

        StringWriter out = new StringWriter();
        panel.writeHtml(out, Map.of("issue", issue));

        assertThat(out.toString()).contains("<section id=\"backstop-panel\"", "data-issue=\"WEB-1\"",
                "Waiting since").doesNotContain("backstop-panel-title"); // Jira titles the panel with its label
        verify(required).requireContext("backstop.panel");

        as(null);
        assertThat(panel.getHtml(Map.of("issue", issue))).isEmpty();
        assertThat(panel.getHtml(Map.of())).isEmpty();
    }

    @Test
    void theConditionFollowsTheScreensAccessRules() {
        JiraScreens screens = screens(true);
        ScreenCondition queue = new ScreenCondition(screens);
        queue.init(Map.of("screen", "queue"));
        ScreenCondition settings = new ScreenCondition(screens);
        settings.init(Map.of("screen", "settings"));
        ScreenCondition panel = new ScreenCondition(screens);
        panel.init(Map.of("screen", "panel"));
        ScreenCondition capacity = new ScreenCondition(screens);
        capacity.init(Map.of("screen", "dashboard", "gadget", "capacity"));
        ScreenCondition debtors = new ScreenCondition(screens);
        debtors.init(Map.of("screen", "dashboard", "gadget", "debtors"));
        ScreenCondition waiting = new ScreenCondition(screens);
        waiting.init(Map.of("screen", "dashboard", "gadget", "waiting"));

        as("operator");
        assertThat(queue.shouldDisplay(Map.of())).isTrue();
        assertThat(settings.shouldDisplay(Map.of())).isFalse();
        assertThat(debtors.shouldDisplay(Map.of())).isTrue();
        assertThat(capacity.shouldDisplay(Map.of())).as("the capacity forecast is the head's").isFalse();
        assertThat(waiting.shouldDisplay(Map.of())).as("the waiting list is the operator's too").isTrue();
        as("head");
        assertThat(queue.shouldDisplay(Map.of())).isTrue();
        assertThat(capacity.shouldDisplay(Map.of())).isTrue();
        assertThat(waiting.shouldDisplay(Map.of())).isTrue();
        as("ivanova");
        assertThat(debtors.shouldDisplay(Map.of())).isTrue();
        assertThat(waiting.shouldDisplay(Map.of())).as("a manager has the queue, not the gadget").isFalse();
        as("admin");
        assertThat(queue.shouldDisplay(Map.of())).isTrue();
        assertThat(settings.shouldDisplay(Map.of())).isTrue();
        assertThat(capacity.shouldDisplay(Map.of())).isTrue();
        assertThat(waiting.shouldDisplay(Map.of())).isTrue();
        as("client<b>");
        assertThat(queue.shouldDisplay(Map.of())).isFalse();
        assertThat(capacity.shouldDisplay(Map.of())).isFalse();
        assertThat(waiting.shouldDisplay(Map.of())).isFalse();
        assertThat(panel.shouldDisplay(Map.of())).isTrue();
        as(null);
        assertThat(panel.shouldDisplay(Map.of())).isFalse();
    }

    /**
     * A dashboard-item as Jira renders it: GadgetItem's context through the item's Velocity view. The head gets the
     * gadget's fragment (with the person picker, texts escaped once, inside the holder of the texts) and the
     * dashboard's scripts; an operator gets it without the picker, and the waiting list with the queue's address;
     * a manager gets no waiting list; anonymous people and clients get nothing and the item's condition hides it
     * from them.
     */
    @ParameterizedTest(name = "host escapes: {0}")
    @ValueSource(booleans = {true, false})
    void aDashboardItemRendersTheGadgetForTheHeadAndNothingForAnonymousPeople(boolean hostEscapes) throws Exception {
        JiraScreens screens = screens(hostEscapes);
        TemplateRenderer jira = velocity(hostEscapes);
        GadgetItem item = new GadgetItem(screens);
        item.init(Map.of("gadget", "norm-hours"));
        ScreenCondition condition = new ScreenCondition(screens);
        condition.init(Map.of("screen", "dashboard"));

        as("head");
        assertThat(condition.shouldDisplay(Map.of())).isTrue();
        String html = view(jira, item.getContextMap(Map.of("dashboardId", 10000L)));
        assertThat(html).contains("<div class=\"backstop-dashboard-item\" data-lang=\"en\" data-i18n=\"{&quot;backstop.",
                "<section class=\"backstop-gadget\" id=\"backstop-gadget-norm-hours\" data-gadget=\"norm-hours\"",
                "data-rest=\"/jira/rest/backstop/1.0\"", "data-user=\"head\"", "data-person-filter=\"true\"",
                "data-person-param=\"person\"", "data-monthly=\"false\"", "data-refresh-seconds=\"300\"",
                ">Norm-hours against the band</h2>",
                "aria-labelledby=\"backstop-gadget-norm-hours-title\"", "id=\"backstop-gadget-norm-hours-title\"", "class=\"select backstop-gadget-person\"");
        assertThat(html).doesNotContain("&amp;quot;", "&amp;#39;", "$i18n", "$gadget");
        verify(required).requireContext("backstop.dashboard");

        as("operator");
        item.init(Map.of("gadget", "scorecard"));
        html = view(jira, item.getContextMap(Map.of()));
        assertThat(html).contains("data-gadget=\"scorecard\"", "data-user=\"operator\"",
                "data-person-filter=\"false\"", "data-monthly=\"true\"");
        assertThat(html).doesNotContain("backstop-gadget-person");

        item.init(Map.of("gadget", "waiting"));
        html = view(jira, item.getContextMap(Map.of()));
        assertThat(html).contains("data-gadget=\"waiting\"", ">Waiting for an answer</h2>",
                "data-issue-page=\"/jira/browse/\"", "data-queue-page=\"/jira/plugins/servlet/backstop/queue\"");
        assertThat(html).doesNotContain("backstop-gadget-period", "backstop-gadget-person");
        as("ivanova");
        assertThat(item.getContextMap(Map.of())).as("a manager").containsEntry(GadgetItem.HTML, "");
        item.init(Map.of("gadget", "scorecard"));

        as(null);
        assertThat(condition.shouldDisplay(Map.of())).isFalse();
        assertThat(item.getContextMap(Map.of())).containsEntry(GadgetItem.HTML, "");
        assertThat(view(jira, item.getContextMap(Map.of())).trim()).isEmpty();
        as("client<b>");
        assertThat(condition.shouldDisplay(Map.of())).isFalse();
        assertThat(item.getContextMap(Map.of())).containsEntry(GadgetItem.HTML, "");
    }

    /** The capacity forecast is the head's planning: the item renders it for the head, nothing for an operator. */
    @Test
    void theCapacityItemIsTheHeadsOnly() throws Exception {
        JiraScreens screens = screens(true);
        TemplateRenderer jira = velocity(true);
        GadgetItem item = new GadgetItem(screens);
        item.init(Map.of("gadget", "capacity"));
        as("head");
        String html = view(jira, item.getContextMap(Map.of()));
        assertThat(html).contains("data-gadget=\"capacity\"", ">Capacity ahead</h2>");
        assertThat(html).doesNotContain("backstop-gadget-period", "backstop-gadget-person");
        as("operator");
        assertThat(item.getContextMap(Map.of())).containsEntry(GadgetItem.HTML, "");
    }

    @Test
    void everyGadgetHasItsDashboardItemAndAnUnknownOneIsRefused() {
        for (io.backstop.app.web.Gadget gadget : io.backstop.app.web.Gadget.values()) {
            GadgetItem item = new GadgetItem(screens(true));
            item.init(Map.of("gadget", gadget.id()));
            assertThat(item.gadget()).isEqualTo(gadget);
        }
        GadgetItem item = new GadgetItem(screens(true));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> item.init(Map.of("gadget", "nope")))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> item.init(Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String view(TemplateRenderer jira, Map<String, Object> context) throws Exception {
        StringWriter out = new StringWriter();
        jira.render("templates/backstop-jira/dashboard-item.vm", context, out);
        return out.toString();
    }

    @Test
    void russianSpeakersGetRussianTexts() throws Exception {
        as("operator");
        when(plugin.jira.authentication.getLocale()).thenReturn(Locale.forLanguageTag("ru-RU"));

        new QueueServlet(screens(false), login).doGet(request, response);

        assertThat(page.toString()).contains("data-lang=\"ru\"", "lang", "\u041e\u0447\u0435\u0440\u0435\u0434\u044c");
    }

    @Test
    void theAdapterEscapesExactlyOnceWhateverJiraDoes() {
        Map<String, Object> model = Map.of("user", "<b>\"x\"</b>", "contentHtml", "<i>ok</i>");
        for (boolean hostEscapes : new boolean[] {true, false}) {
            TemplateRenderer renderer = velocity(hostEscapes);
            String out = new JiraTemplates(renderer).render("templates/backstop/probe.vm", model);
            assertThat(out).as("host escapes: %s", hostEscapes)
                    .isEqualTo("&lt;b&gt;&quot;x&quot;&lt;/b&gt; <i>ok</i>\n");
        }
    }

    // ------------------------------------------------------------------ Jira's TemplateRenderer, faked

    /** Velocity 1.7 from the class path; with {@code escapes}, every reference not ending in Html is escaped. */
    static TemplateRenderer velocity(boolean escapes) {
        Properties p = new Properties();
        p.setProperty("resource.loader", "class");
        p.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        p.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        p.setProperty("input.encoding", "UTF-8");
        VelocityEngine engine = new VelocityEngine(p);
        engine.init();
        TemplateRenderer renderer = mock(TemplateRenderer.class);
        try {
            doAnswer(call -> {
                engine.getTemplate(call.getArgument(0), "UTF-8").merge(context(call.getArgument(1), escapes),
                        (Writer) call.getArgument(2));
                return null;
            }).when(renderer).render(anyString(), anyMap(), any(Writer.class));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        lenient().when(renderer.renderFragment(anyString(), anyMap())).thenAnswer(call -> {
            StringWriter out = new StringWriter();
            engine.evaluate(context(call.getArgument(1), escapes), out, "fragment", (String) call.getArgument(0));
            return out.toString();
        });
        return renderer;
    }

    private static VelocityContext context(Map<String, Object> model, boolean escapes) {
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        if (escapes) {
            EventCartridge cartridge = new EventCartridge();
            cartridge.addEventHandler((ReferenceInsertionEventHandler) (reference, value) -> {
                String name = reference.replaceAll("\\(.*\\)$", "").replaceAll("[}]+$", "");
                String last = name.substring(name.lastIndexOf('.') + 1).replaceAll("^[$!{]+", "");
                return value == null || last.endsWith("Html") ? value : Html.escape(value.toString());
            });
            cartridge.attachToContext(context);
        }
        return context;
    }
}
