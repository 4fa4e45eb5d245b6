package io.backstop.jira.web;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.backstop.app.access.Access;
import io.backstop.app.rest.ApiError;
import io.backstop.app.access.Caller;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.web.Gadget;
import io.backstop.app.web.HostLinks;
import io.backstop.app.web.Html;
import io.backstop.app.web.Messages;
import io.backstop.app.web.Screen;
import io.backstop.app.web.Screens;
import io.backstop.core.staff.Person;
import io.backstop.jira.BackstopHolder;
import io.backstop.jira.port.JiraBrowsePermission;
import io.backstop.jira.port.JiraCurrentUser;
import io.backstop.jira.port.JiraDirectory;
import io.backstop.jira.port.JiraUsers;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The app's {@link Screens} in Jira, built on first use (it reads the settings, hence the database, which must not be
 * touched while the plugin is being enabled): what the servlets, the issue panel and the web-fragment condition ask.
 */
@Named("backstopScreens")
public final class JiraScreens {

    /** The plugin's own i18n bundle after the screens' one: the texts the pages' scripts get. */
    static final String[] BUNDLES = {Messages.WEB_BUNDLE, "i18n/backstop"};
    /** The web-resource context each screen requires (atlassian-plugin.xml). */
    static final String CONTEXT_PREFIX = "backstop.";

    private final BackstopHolder holder;
    private final JiraCurrentUser currentUser;
    private final JiraDirectory directory;
    private final JiraBrowsePermission browse;
    private final JiraTemplates templates;
    private final JiraAuthenticationContext authentication;
    private final PageBuilderService pages;
    private final ApplicationProperties application;
    private volatile Screens screens;
    private volatile Access access;
    /** Who is in the department, as this node last read it: the conditions' first cut, without Backstop's tables. */
    private volatile Roster roster;
    /**
     * The conditions' answers for the request this thread serves (Jira asks once per fragment, several per page),
     * keyed by user and screen. JDK types only: Jira's threads outlive the plugin, which must not pin its classes.
     */
    private final ThreadLocal<Map<String, Object>> requestAnswers = new ThreadLocal<>();

    /** How old the node's copy of the department's people may be when a condition uses it. */
    static final long ROSTER_NANOS = TimeUnit.MINUTES.toNanos(1);
    /** How long a thread's answers count as one request's. */
    static final long REQUEST_NANOS = TimeUnit.SECONDS.toNanos(2);

    private record Roster(Set<String> people, String staffGroup, long readAt) {
    }

    @Inject
    public JiraScreens(BackstopHolder holder, JiraCurrentUser currentUser, JiraDirectory directory,
                       JiraBrowsePermission browse, JiraTemplates templates,
                       @ComponentImport JiraAuthenticationContext authentication,
                       @ComponentImport PageBuilderService pages,
                       @ComponentImport ApplicationProperties application) {
        this.holder = holder;
        this.currentUser = currentUser;
        this.directory = directory;
        this.browse = browse;
        this.templates = templates;
        this.authentication = authentication;
        this.pages = pages;
        this.application = application;
    }

    /** The screen for the person asking, in their Jira language; its page's scripts and styles required. */
    public Screens.Result render(Screen screen, String issueKey) {
        Screens.Result result = screens().render(screen, locale(), links(), issueKey, BUNDLES);
        if (result.ok()) {
            pages.assembler().resources().requireContext(context(screen));
        }
        return result;
    }

    /**
     * One dashboard gadget alone, for a Jira dashboard-item: the app's {@link Gadget#TEMPLATE} with the model
     * {@link Screens} gives each gadget of {@link Screen#DASHBOARD} (the app has no per-gadget entry point), after
     * the dashboard's access check, inside a holder carrying the texts ({@code data-i18n}) the dashboard page would
     * carry once for all gadgets. The dashboard's scripts are required ({@code backstop.dashboard}). Refused: the
     * status (401 or 403) and neither fragment nor reason.
     */
    public Screens.Result renderGadget(Gadget gadget) {
        Caller caller;
        try {
            caller = access().staff();
        } catch (ApiError refused) {
            // no reason key: a refused item shows nothing (and its condition hides it), it never explains itself
            return new Screens.Result(refused.status(), null, gadget.titleKey(), null, null);
        }
        Messages messages = messages();
        HostLinks links = links();
        boolean seeAll = Gadget.seesAll(caller);
        if (!gadget.shownTo(caller)) {
            return new Screens.Result(403, null, gadget.titleKey(), null, null);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", messages);
        model.put("lang", messages.getLanguage());
        model.put("user", caller.name());
        model.put("canTake", String.valueOf(caller.staff()));
        Screens.putTriage(model, caller);
        model.put("zone", holder.settings().current().calendar().zone().getId());
        model.put("rest", links.rest());
        model.put("issuePage", links.issuePage());
        model.put("queuePage", links.queuePage());
        model.put("clock", links.clock());
        model.put("issueKey", "");
        model.put("seeAll", String.valueOf(seeAll));
        model.put("gadget", gadget.id());
        model.put("titleKey", gadget.titleKey());
        model.put("personFilter", String.valueOf(seeAll && gadget.personParam() != null));
        model.put("personParam", gadget.personParam() == null ? "" : gadget.personParam());
        model.put("monthly", String.valueOf(gadget.monthly()));
        model.put("periodic", String.valueOf(gadget.periodic()));
        model.put("refreshSeconds", String.valueOf(Screens.GADGET_REFRESH_SECONDS));
        Screens.putNames(model, access(), holder.settings().current()); // display names, not logins (issue 18)
        String html = "<div class=\"backstop-dashboard-item\" data-lang=\"" + Html.escape(messages.getLanguage())
                + "\" data-i18n=\"" + Html.escape(messages.json()) + "\">\n"
                + templates.render(Gadget.TEMPLATE, model) + "</div>\n";
        pages.assembler().resources().requireContext(context(Screen.DASHBOARD));
        return new Screens.Result(200, caller, gadget.titleKey(), html, null);
    }

    /**
     * Whether a web-fragment shows to the person asking: the screen's own rule ({@link #mayUse(Screen)},
     * {@link #mayUse(Gadget)}), answered without reading Backstop's tables for anonymous people and people outside
     * the department (Jira asks on every page for everyone), and once per request.
     */
    public boolean shows(Screen screen, Gadget gadget) {
        String name = JiraUsers.name(authentication.getLoggedInUser());
        if (name == null) {
            return false;
        }
        long now = System.nanoTime();
        Map<String, Object> answers = requestAnswers.get();
        if (answers == null || !name.equals(answers.get("")) || now - (Long) answers.get("#since") > REQUEST_NANOS) {
            answers = new HashMap<>();
            answers.put("", name);
            answers.put("#since", now);
            requestAnswers.set(answers);
        }
        String key = screen.name() + (gadget == null ? "" : "/" + gadget.id());
        return (Boolean) answers.computeIfAbsent(key, k -> decide(name, screen, gadget));
    }

    private boolean decide(String name, Screen screen, Gadget gadget) {
        return switch (screen) {
            case ISSUE_PANEL -> directory.exists(name); // what Access.caller() asks, without the settings
            case SETTINGS -> directory.isAdmin(name);
            case QUEUE, DASHBOARD, MY_WORK, ABSENCES, CATALOGUES ->
                    mayBeStaff(name) && (gadget == null ? mayUse(screen) : mayUse(gadget));
        };
    }

    /** Administrators, the department's people and the staff group's members; from Jira and the node's roster. */
    private boolean mayBeStaff(String name) {
        if (directory.isAdmin(name)) {
            return true;
        }
        Roster known = roster();
        return known.people().contains(name) || directory.isInGroup(name, known.staffGroup());
    }

    private Roster roster() {
        Roster known = roster;
        long now = System.nanoTime();
        if (known == null || now - known.readAt() > ROSTER_NANOS) {
            DepartmentSettings department = holder.settings().current();
            known = new Roster(department.people().stream().map(Person::name)
                    .collect(Collectors.toUnmodifiableSet()), department.staffGroup(), now);
            roster = known;
        }
        return known;
    }

    /** Whether the person asking may use the screen (the same check as {@link Screens#render}). */
    public boolean mayUse(Screen screen) {
        try {
            switch (screen) {
                case QUEUE -> access().staff();
                case SETTINGS -> access().admin();
                case ISSUE_PANEL -> access().caller();
                case DASHBOARD, MY_WORK, ABSENCES -> access().staff();
            }
            return true;
        } catch (ApiError refused) {
            return false;
        }
    }

    /**
     * Whether the person gets this dashboard gadget: the dashboard's people, and of them only those the gadget is
     * for ({@link Gadget#shownTo}: capacity the head, the waiting list the head and the operator; administrators
     * all), as the dashboard page itself decides.
     */
    public boolean mayUse(Gadget gadget) {
        try {
            return gadget.shownTo(access().staff());
        } catch (ApiError refused) {
            return false;
        }
    }

    /** The texts of the screens in the person's language. */
    public Messages messages() {
        return Messages.load(locale(), BUNDLES);
    }

    public Locale locale() {
        Locale locale = authentication.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** Jira's paths, relative to its context path (the base URL's path). */
    public HostLinks links() {
        String base = application.getBaseUrl(UrlMode.ABSOLUTE);
        String path = "";
        if (base != null && !base.isBlank()) {
            String parsed = URI.create(base.trim()).getPath();
            path = parsed == null ? "" : parsed.replaceAll("/+$", "");
        }
        return new HostLinks(path + "/rest/backstop/1.0", path + "/browse/", "", "", path + "/rest/backstop/1.0/setup",
                path + "/plugins/servlet/backstop/queue", path + "/rest/api/2/issue/{key}/comment",
                HostLinks.JIRA_COMMENTS);
    }

    static String context(Screen screen) {
        return CONTEXT_PREFIX + screen.script();
    }

    private Access access() {
        Access built = access;
        if (built == null) {
            built = new Access(currentUser, directory, holder.settings(), browse);
            access = built;
        }
        return built;
    }

    private Screens screens() {
        Screens built = screens;
        if (built == null) {
            built = new Screens(access(), holder.settings(), templates);
            screens = built;
        }
        return built;
    }
}
