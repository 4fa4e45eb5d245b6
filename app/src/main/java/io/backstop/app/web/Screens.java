package io.backstop.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Json;
import io.backstop.app.access.Caller;
import io.backstop.app.json.HoldingJson;
import io.backstop.app.json.LexiconJson;
import io.backstop.app.results.catalogue.CataloguesResource;
import io.backstop.app.results.suspected.SuspectedResource;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.complaint.suspect.Lexicon;
import io.backstop.core.holding.HoldingPhrases;
import io.backstop.core.staff.Role;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a screen's fragment for the person asking, after the same access check the screen's REST calls make:
 * a page a person may not use is refused before it shows an empty form. The fragment carries its texts and
 * settings in {@code data-} attributes; the scripts fill it from the REST API with {@code textContent}.
 */
public final class Screens {

    /** How often the queue reloads itself. */
    public static final int QUEUE_REFRESH_SECONDS = 30;
    /** How often a dashboard gadget reloads itself unless the person picks another interval. */
    public static final int GADGET_REFRESH_SECONDS = 300;

    private final Access access;
    private final SettingsService settings;
    private final Templates renderer;

    public Screens(Access access, SettingsService settings, Templates renderer) {
        this.access = access;
        this.settings = settings;
        this.renderer = renderer;
    }

    /** A rendered screen: 200 with its fragment, or 401/403 with the reason's key and no fragment. */
    public record Result(int status, Caller caller, String titleKey, String fragmentHtml, String refusalKey) {

        public boolean ok() {
            return status == 200;
        }

        /** The one page flow of every host: to the login, refused, or shown. */
        public void answer(ScreenPage page) throws IOException {
            if (status == 401) {
                page.toLogin();
            } else if (!ok()) {
                page.refuse(status, titleKey, refusalKey);
            } else {
                page.show(titleKey, fragmentHtml);
            }
        }
    }

    /**
     * Whether the suspected complaints' lane offers "Confirm" and "Dismiss" ({@code canDecide}: the operator and the
     * head) and the choice of whom a confirmed complaint is about ({@code canName}: the head); the REST decides.
     */
    public static void putTriage(Map<String, Object> model, Caller caller) {
        model.put("canDecide", String.valueOf(SuspectedResource.triages(caller)));
        model.put("canName", String.valueOf(SuspectedResource.namesAnyone(caller)));
    }

    /**
     * The display names the gadgets show for logins ({@code namesJson}, login to name): everyone in the department's
     * settings, as the host names them ({@link Access#displayName}); the JSON keeps logins, the screens show names.
     */
    public static void putNames(Map<String, Object> model, Access access, DepartmentSettings current) {
        ObjectNode names = Json.MAPPER.createObjectNode();
        current.people().forEach(person -> names.put(person.name(), access.displayName(person.name())));
        model.put("namesJson", names.toString());
    }

    /** What "restore the defaults" puts back on the settings page: the holding phrases, the complaint lexicon. */
    private static void putDefaults(Map<String, Object> model) {
        model.put("holdingDefaults", HoldingJson.node(HoldingPhrases.defaults()).toString());
        model.put("lexiconDefaults", LexiconJson.node(Lexicon.defaults()).toString());
    }

    /**
     * Renders the screen, the queue reloading itself every {@link #QUEUE_REFRESH_SECONDS}.
     *
     * @param issueKey the issue of {@link Screen#ISSUE_PANEL}; ignored by the others
     * @param bundles  the bundles whose texts the page's scripts get ({@link Messages#WEB_BUNDLE} and the host's)
     */
    public Result render(Screen screen, Locale locale, HostLinks links, String issueKey, String... bundles) {
        return render(screen, locale, links, issueKey, QUEUE_REFRESH_SECONDS, bundles);
    }

    /** As {@link #render(Screen, Locale, HostLinks, String, String...)}, the queue reloading as often as asked. */
    public Result render(Screen screen, Locale locale, HostLinks links, String issueKey, int refreshSeconds,
                         String... bundles) {
        Caller caller;
        try {
            caller = allowed(screen);
        } catch (ApiError refused) {
            String reason = refused.status() == 401 ? "backstop.error.login"
                    : "backstop.error.forbidden." + screen.script();
            return new Result(refused.status(), null, screen.titleKey(), null, reason);
        }
        Messages messages = Messages.load(locale, bundles);
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", messages);
        model.put("lang", messages.getLanguage());
        model.put("messagesJson", messages.json());
        model.put("user", caller.name());
        // "take" is for the department's staff (an administrator who is not staff only watches)
        model.put("canTake", String.valueOf(caller.staff()));
        putTriage(model, caller);
        model.put("zone", settings.current().calendar().zone().getId());
        putLinks(model, links);
        model.put("staffGroup", settings.current().staffGroup()); // whom the reply box's internal notes are for
        model.put("refreshSeconds", String.valueOf(Math.max(1, refreshSeconds)));
        model.put("issueKey", issueKey == null ? "" : issueKey);
        // who may pick a person in the gadgets: the results REST shows everybody's rows to these only
        boolean seeAll = Gadget.seesAll(caller);
        model.put("seeAll", String.valueOf(seeAll));
        // who records anyone's absence and sees everyone's (the absences REST's keepers)
        model.put("keeps", String.valueOf(caller.admin() || caller.is(Role.HEAD) || caller.is(Role.OFFICE_MANAGER)));
        if (screen == Screen.SETTINGS) {
            putDefaults(model);
        }
        // who edits and imports the catalogues (the catalogues REST's writers): the others read
        model.put("canChange", String.valueOf(CataloguesResource.changes(caller)));
        if (screen == Screen.DASHBOARD) {
            // a manager's dashboard is titled as hers (issue 18); the head's and director's is the department's
            model.put("ownerName", access.displayName(caller.name()));
            putNames(model, access, settings.current());
            StringBuilder gadgets = new StringBuilder();
            // e.g. the forecast REST answers the head and administrators only; one's own work first
            for (Gadget gadget : Gadget.onDashboardOf(caller)) {
                Map<String, Object> gadgetModel = new HashMap<>(model);
                gadgetModel.remove("messagesJson"); // the dashboard carries the texts once
                gadgetModel.put("gadget", gadget.id());
                gadgetModel.put("titleKey", gadget.titleKey());
                gadgetModel.put("personFilter", String.valueOf(seeAll && gadget.personParam() != null));
                gadgetModel.put("personParam", gadget.personParam() == null ? "" : gadget.personParam());
                gadgetModel.put("monthly", String.valueOf(gadget.monthly()));
                gadgetModel.put("periodic", String.valueOf(gadget.periodic()));
                gadgetModel.put("refreshSeconds", String.valueOf(GADGET_REFRESH_SECONDS));
                gadgets.append(renderer.render(Gadget.TEMPLATE, gadgetModel));
            }
            model.put("gadgetsHtml", gadgets.toString());
        }
        return new Result(200, caller, screen.titleKey(), renderer.render(screen.template(), model), null);
    }

    /** The caller, if the screen's REST lets them use it; else the refusal (401 or 403). */
    private Caller allowed(Screen screen) {
        return switch (screen) {
            case SETTINGS -> access.admin();
            case ISSUE_PANEL -> access.caller();
            case QUEUE, DASHBOARD, MY_WORK, ABSENCES, CATALOGUES -> access.staff();
        };
    }

    /** Where the screen's scripts call and link, from the host. */
    private static void putLinks(Map<String, Object> model, HostLinks links) {
        model.put("rest", links.rest());
        model.put("issuePage", links.issuePage());
        model.put("queuePage", links.queuePage());
        model.put("clock", links.clock());
        model.put("setup", links.setup());
        model.put("comments", links.comments());
        model.put("commentStyle", links.commentStyle());
    }
}
