package io.backstop.sandbox.web;

import io.backstop.app.settings.SettingsService;
import io.backstop.app.web.HostLinks;
import io.backstop.app.web.Messages;
import io.backstop.app.web.Screen;
import io.backstop.app.web.ScreenPage;
import io.backstop.app.web.Screens;
import io.backstop.sandbox.users.SandboxUsers;
import io.backstop.sandbox.tracker.SandboxTracker;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Backstop's screens where a Jira plugin's servlets would be: {@code /plugins/servlet/backstop/queue},
 * {@code .../admin} and {@code .../issue?key=WEB-1} (the sandbox's issue page with Backstop's panel beside it,
 * as Jira's issue view has it in the right column), {@code .../dashboard} (the head's gadgets), {@code .../mywork}
 * (a person's own work), {@code .../absences} (absences and requests) and {@code .../catalogues} (the head's
 * catalogues, issue 17).
 */
final class PageServlet extends HttpServlet {

    static final HostLinks LINKS = new HostLinks("/rest/backstop/1.0", WebPages.PAGES + "/issue?key=",
            "/rest/sandbox/1.0/clock", ResourceServlet.PATH + "/web", "", // no setup: the sandbox needs none
            WebPages.PAGES + "/queue", "/rest/sandbox/1.0/issues/{key}/comments", HostLinks.SANDBOX_COMMENTS);

    /** Which item of the sandbox's menu each screen lights up. */
    private static final Map<Screen, String> ACTIVE = Map.of(Screen.QUEUE, "queue", Screen.SETTINGS, "settings",
            Screen.ISSUE_PANEL, "issue", Screen.DASHBOARD, "dashboard", Screen.MY_WORK, "mywork",
            Screen.ABSENCES, "absences", Screen.CATALOGUES, "catalogues");

    /** Each screen's page, under {@link WebPages#PAGES}. */
    static final Map<String, Screen> SCREENS = Map.of("queue", Screen.QUEUE, "admin", Screen.SETTINGS,
            "issue", Screen.ISSUE_PANEL, "dashboard", Screen.DASHBOARD, "mywork", Screen.MY_WORK,
            "absences", Screen.ABSENCES, "catalogues", Screen.CATALOGUES);

    private final WebPages pages;
    private final Screens screens;
    private final SandboxTracker tracker;
    private final SandboxUsers users;
    private final SettingsService settings;

    PageServlet(WebPages pages, Screens screens, SandboxTracker tracker, SandboxUsers users, SettingsService settings) {
        this.pages = pages;
        this.screens = screens;
        this.tracker = tracker;
        this.users = users;
        this.settings = settings;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Screen screen = SCREENS.get(path.startsWith("/") ? path.substring(1) : path);
        Locale locale = pages.locale(request, response);
        Messages messages = pages.messages(locale);
        if (screen == null) {
            WebPages.send(response, 404, pages.message(request, messages, "backstop.sandbox.notfound.title",
                    "backstop.sandbox.notfound.text", "warning"));
            return;
        }
        String key = request.getParameter("key");
        if (screen == Screen.ISSUE_PANEL && (key == null || key.isBlank())) {
            WebPages.send(response, 400, pages.message(request, messages, "backstop.sandbox.issue.title.none",
                    "backstop.sandbox.issue.missing", "warning"));
            return;
        }
        String user = users.name().orElse("");
        if (screen == Screen.ISSUE_PANEL && users.isClient(user)) {
            // the clients' side sees the conversation and writes to it, never Backstop's panel
            WebPages.send(response, 200, pages.frame(request, messages, key.trim(), "issue",
                    issuePage(messages, locale, key.trim(), ""), ClientWrite.SCRIPTS));
            return;
        }
        screens.render(screen, locale, LINKS, key == null ? null : key.trim(),
                refreshSeconds(request.getParameter("refresh")), WebPages.BUNDLES).answer(new ScreenPage() {
            @Override
            public void toLogin() throws IOException {
                WebPages.toLogin(request, response);
            }

            @Override
            public void refuse(int status, String titleKey, String refusalKey) throws IOException {
                WebPages.send(response, status, pages.message(request, messages, "backstop.sandbox.refused.title",
                        refusalKey, "error"));
            }

            @Override
            public void show(String titleKey, String fragmentHtml) throws IOException {
                String content = screen == Screen.ISSUE_PANEL
                        ? issuePage(messages, locale, key.trim(), fragmentHtml) : fragmentHtml;
                String title = screen == Screen.ISSUE_PANEL ? key.trim() : messages.getText(titleKey);
                List<String> scripts = scripts(screen);
                if (screen == Screen.ISSUE_PANEL && users.isAdmin(user)) {
                    scripts.add(ClientWrite.SCRIPT); // the admin also writes as a client
                }
                WebPages.send(response, 200, pages.frame(request, messages, title, ACTIVE.get(screen), content,
                        scripts));
            }
        });
    }

    /** A screen's scripts; the dashboard's gadgets draw with Chart.js, served from its WebJar. */
    static List<String> scripts(Screen screen) {
        List<String> scripts = new ArrayList<>();
        if (screen == Screen.DASHBOARD) {
            scripts.add(ResourceServlet.CHART_JS);
        }
        screen.scripts().forEach(script -> scripts.add("web/" + script));
        return scripts;
    }

    /**
     * The sandbox tracker's issue, as far as the person may browse it, with Backstop's panel beside it (none: the
     * client login's page). The clients' side (the client login, the admin) gets the form to write as the client;
     * the client login reads no internal note.
     */
    private String issuePage(Messages messages, Locale locale, String key, String panelHtml) {
        String user = users.name().orElse("");
        boolean client = users.isClient(user);
        Optional<SandboxTracker.Issue> issue = tracker.find(key)
                .filter(found -> client || users.canBrowse(user, key));
        ZoneId zone = settings.current().calendar().zone();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", messages);
        model.put("key", key);
        model.put("found", issue.isPresent());
        model.put("panelHtml", panelHtml);
        model.put("writeAsClient", client || users.isAdmin(user));
        model.put("staff", settings.current().person(user).isPresent());
        model.put("commentsUrl", ClientWrite.commentsUrl(key));
        issue.ifPresent(found -> {
            model.put("summary", text(found.summary()));
            model.put("opening", text(found.description()).strip());
            model.put("client", text(found.client()));
            model.put("owner", text(found.owner()));
            model.put("assignee", text(found.assignee()));
            model.put("issueType", text(found.issueType()));
            model.put("priority", text(found.priority()));
            model.put("resolved", found.resolved());
            model.put("created", when.format(found.createdAt()));
            List<Map<String, Object>> comments = new ArrayList<>();
            for (SandboxTracker.Comment comment : tracker.comments(key)) {
                if (client && comment.internal()) {
                    continue;
                }
                Map<String, Object> c = new HashMap<>();
                c.put("author", SandboxTracker.CLIENT.equals(comment.author())
                        ? messages.getText("backstop.sandbox.issue.clientAuthor") : comment.author());
                c.put("fromClient", SandboxTracker.CLIENT.equals(comment.author()));
                c.put("body", text(comment.body()));
                c.put("internal", comment.internal());
                c.put("at", when.format(comment.at()));
                comments.add(c);
            }
            model.put("comments", comments);
        });
        return pages.renderer().render("templates/backstop-sandbox/issue.vm", model);
    }

    /** {@code ?refresh=N} (2 to 3600 seconds) makes the queue reload faster or slower; else every 30 seconds. */
    static int refreshSeconds(String asked) {
        try {
            int seconds = Integer.parseInt(asked == null ? "" : asked.trim());
            return seconds >= 2 && seconds <= 3600 ? seconds : Screens.QUEUE_REFRESH_SECONDS;
        } catch (NumberFormatException e) {
            return Screens.QUEUE_REFRESH_SECONDS;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
