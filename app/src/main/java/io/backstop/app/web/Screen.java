package io.backstop.app.web;

import java.util.ArrayList;
import java.util.List;

/** Backstop's screens: their template (a fragment a host places in its page) and title key. */
public enum Screen {
    /**
     * The operator's queue, its suspected complaints and promise lane: staff and administrators; the REST filters what
     * a manager sees (the suspected complaints: none). With "I'm busy until ..." ({@code js/busy.js}, mounting
     * itself), as on the issue panel.
     */
    QUEUE("templates/backstop/queue.vm", "backstop.queue.title", "queue", "busy", "list-table", "queue-take",
            "queue-promises", "suspected", "queue-suspected"),
    /**
     * The department's settings: administrators only. In parts with a table of contents ({@code settings-sections},
     * last, so a link to a part lands once the others are filled); people picked by display name ({@code user-picker}).
     */
    SETTINGS("templates/backstop/settings.vm", "backstop.settings.title", "settings", "list-table", "absence-when",
            "absence-conflicts", "absence-requests", "user-picker", "absence-record", "settings-ics",
            "settings-calendar", "settings-policy", "settings-holding", "settings-complaints", "settings-people",
            "settings-absences", "settings-results-form", "settings-results", "settings-setup", "settings-sections"),
    /** One issue's response clock and timeline (Jira: the issue view's right-column panel). */
    ISSUE_PANEL("templates/backstop/panel.vm", "backstop.panel.title", "panel", "panel-digest", "list-table",
            "panel-library", "busy", "panel-reply", "panel-words", "panel-return", "panel-actions", "panel-actions-complaint",
            "panel-actions-offers", "panel-actions-work", "panel-actions-dunning"),
    /**
     * The head's dashboard: the {@link Gadget}s side by side. Staff may open it; the results REST decides whose rows
     * each gadget shows (the head and administrators: everybody's; others: their own).
     */
    DASHBOARD("templates/backstop/dashboard.vm", "backstop.dashboard.title", "dashboard"),
    /**
     * A person's own work: the issues they hold or own awaiting an answer (breached, due soon, waiting, with the
     * countdown), their open promises and their clients' digests. Staff; the head and administrators pick a person.
     */
    MY_WORK("templates/backstop/mywork.vm", "backstop.mywork.title", "mywork"),
    /**
     * Absences and absence requests: the head, the office manager and administrators record anyone's absence and see
     * everyone's; everyone asks for an absence and withdraws their own waiting request; the head approves or refuses
     * one after seeing what it would move. Staff and administrators.
     */
    ABSENCES("templates/backstop/absences.vm", "backstop.absences.title", "absences", "list-table", "absence-when",
            "absence-conflicts", "absence-requests", "user-picker", "absence-record"),
    /**
     * The head's catalogues (issue 17): norms, adjacency points, loto cards, campaigns and weights. Staff and
     * administrators read them and download them as CSV; the head and administrators edit or import one, see the dry
     * run and apply it. The head and administrators also read the audit trail there (issue 18, {@code js/audit-list.js}).
     */
    CATALOGUES("templates/backstop/catalogues.vm", "backstop.catalogues.title", "catalogues", "catalogue-table",
            "catalogue-diff", "list-table", "audit-list");

    private final String template;
    private final String titleKey;
    private final String script;
    private final List<String> parts;

    /** {@code parts}: the scripts the screen's own loads after, in order (its parts register before it starts). */
    Screen(String template, String titleKey, String script, String... parts) {
        this.template = template;
        this.titleKey = titleKey;
        this.script = script;
        this.parts = List.of(parts);
    }

    public String template() {
        return template;
    }

    public String titleKey() {
        return titleKey;
    }

    /** The screen's short name: its own script {@code js/<script>.js}, its Jira context {@code backstop.<script>}. */
    public String script() {
        return script;
    }

    /**
     * Every script the screen loads, under the resources and in load order: {@code js/common.js}, the screen's parts,
     * then its own, which starts it (the dashboard's: {@link Gadget#scripts()}). Both hosts serve exactly this list;
     * the Jira descriptor's web-resource for the screen is checked against it.
     */
    public List<String> scripts() {
        if (this == DASHBOARD) {
            return Gadget.scripts();
        }
        List<String> scripts = new ArrayList<>(List.of("js/common.js"));
        parts.forEach(part -> scripts.add("js/" + part + ".js"));
        scripts.add("js/" + script + ".js");
        return List.copyOf(scripts);
    }
}
