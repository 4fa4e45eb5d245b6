package io.backstop.app.web;

import io.backstop.app.access.Caller;
import io.backstop.core.staff.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dashboard's gadgets. Each is one fragment ({@link #TEMPLATE} with its id) and one script
 * ({@code js/gadget-<id>.js}, on top of {@code js/common.js} and {@code js/gadgets.js}) that reads one REST
 * endpoint (a results one, the absence report, the onboarding plan, the forecast or the queue), so each can later
 * become a Jira dashboard-item of its own. Charts need Chart.js 4 ({@code Chart}), which the host serves. The
 * dashboard also carries the head's what-if form ({@code js/what-if.js}) and the absence requests
 * ({@code js/absence-requests.js}).
 */
public enum Gadget {
    /**
     * On time, breaches held, promises broken, the on-time share and rescue speed per person ({@code GET results/sla}).
     */
    SLA("sla", "backstop.gadget.sla.title", "person", false, true),
    /** Norm-hours per full day per person against their band ({@code GET results/norm-hours}). */
    NORM_HOURS("norm-hours", "backstop.gadget.normHours.title", "person", false, true),
    /** Offers presented and accepted, conversion and points per person ({@code GET results/upsells}). */
    UPSELLS("upsells", "backstop.gadget.upsells.title", "person", false, true),
    /** Debt by aging bucket and the debtors' escalation levels ({@code GET results/debtors}). */
    DEBTORS("debtors", "backstop.gadget.debtors.title", "manager", false, true),
    /** The month's scorecard per person ({@code GET results/scorecard}). */
    SCORECARD("scorecard", "backstop.gadget.scorecard.title", "person", true, true),
    /** Days absent by kind, planned or not, and norm-hours lost per person ({@code GET reports/absences}). */
    ABSENCES("absences", "backstop.gadget.absences.title", "person", true, true),
    /** Newcomers' operations learnt and hours per norm-hour by month of service ({@code GET onboarding/newcomers}). */
    NEWCOMERS("newcomers", "backstop.gadget.newcomers.title", "person", false, true),
    /** The operations in the order a newcomer should learn them, with instructions ({@code GET onboarding/plan}). */
    LEARNING_ORDER("learning-order", "backstop.gadget.learningOrder.title", null, false, true),
    /**
     * Expected work against capacity per week ahead, short weeks flagged ({@code GET forecast}): the head's
     * planning, so only the head and administrators get it; it looks ahead, so it has no period filter.
     */
    CAPACITY("capacity", "backstop.gadget.capacity.title", null, false, false, Role.HEAD),
    /**
     * Waiting for an answer: the queue's awaiting issues, the soonest due first, who holds each and the time left
     * (the server's countdown, as the queue and the issue panel show it), the first ten and a link to the queue
     * ({@code GET queue}). It is now, so it has no period filter; the head, the operator and administrators get it.
     */
    WAITING("waiting", "backstop.gadget.waiting.title", null, false, false, Role.HEAD, Role.OPERATOR),
    /**
     * Broken promises: each promise broken in the period, who had made it, for when, and how often it had been moved
     * before it broke ({@code GET results/sla}'s {@code brokenPromises}); the head's and administrators'.
     */
    BROKEN_PROMISES("broken-promises", "backstop.gadget.brokenPromises.title", "person", false, true, Role.HEAD),
    /**
     * Suspected complaints: client messages that may be complaints, with "Confirm" and "Dismiss" ({@code GET
     * results/complaints/suspected}, {@code js/suspected.js}); the head's and the operator's lane, and administrators'.
     * It is now, so it has no period filter.
     */
    SUSPECTED("suspected", "backstop.gadget.suspected.title", null, false, false, Role.HEAD, Role.OPERATOR),

    /**
     * The complaints lane: every open complaint with unflag and close (the reason asked in a form), the complaints
     * about the head waiting for a director, and the director's log of the period with reopen
     * ({@code GET results/complaints?include=unflagged}); the head's, the director's and administrators'.
     */
    COMPLAINTS("complaints", "backstop.gadget.complaints.title", "person", false, true, Role.HEAD, Role.DIRECTOR),

    /**
     * Loto-card coverage per manager: the offers their clients' checklists require and how many were made, and the
     * clients missing most ({@code GET results/loto-cards}); today's, over the 12 months the rule reads. The head,
     * the director and administrators see everybody's; a manager their own clients.
     */
    LOTO_CARDS("loto-cards", "backstop.gadget.lotoCards.title", "manager", false, false, Role.HEAD, Role.DIRECTOR,
            Role.MANAGER),
    /**
     * Today's call lists of the cyclic campaigns: whom to call and whom each skips and why
     * ({@code GET results/campaigns}); a manager gets their own clients.
     */
    CAMPAIGNS("campaigns", "backstop.gadget.campaigns.title", "manager", false, false, Role.HEAD, Role.DIRECTOR,
            Role.MANAGER),
    /** Where the norm time goes, per operation ({@code GET results/hotspots}); a manager sees her own. */
    HOTSPOTS("hotspots", "backstop.gadget.hotspots.title", "person", false, true, Role.HEAD, Role.DIRECTOR,
            Role.MANAGER),
    /**
     * Cheap orders: clients whose requests took more norm time than their month's fee warrants, and where that time
     * went ({@code GET results/cheap-orders}); the head's economics, so the head's, the director's and
     * administrators'.
     */
    CHEAP_ORDERS("cheap-orders", "backstop.gadget.cheapOrders.title", null, true, true, Role.HEAD, Role.DIRECTOR);

    /** Who sees everybody's rows in the results, and so may pick a person in a gadget, besides administrators. */
    private static final Role[] SEE_ALL = {Role.HEAD, Role.DIRECTOR};

    /** The fragment every gadget renders, with its own id and settings. */
    public static final String TEMPLATE = "templates/backstop/gadget.vm";

    private final String id;
    private final String titleKey;
    private final String personParam;
    private final boolean monthly;
    private final boolean periodic;
    private final List<Role> roles;

    /** {@code roles}: who besides administrators gets the gadget; none named: all the department's staff. */
    Gadget(String id, String titleKey, String personParam, boolean monthly, boolean periodic, Role... roles) {
        this.id = id;
        this.titleKey = titleKey;
        this.personParam = personParam;
        this.monthly = monthly;
        this.periodic = periodic;
        this.roles = List.of(roles);
    }

    /** Whether the gadget shows a period to pick; a planning gadget looks ahead, the waiting list is now. */
    public boolean periodic() {
        return periodic;
    }

    /**
     * Whether the gadget is on the dashboard of this caller (who may already open the dashboard): every gadget for
     * administrators, a gadget naming roles for those roles only, the others for all the department's staff.
     */
    public boolean shownTo(Caller caller) {
        return caller.admin() || roles.isEmpty() || caller.isAnyOf(roles.toArray(Role[]::new));
    }

    public String id() {
        return id;
    }

    /**
     * The gadgets on this caller's dashboard, in the order shown (issue 18): the head's and the director's in the
     * order above (the department's work); anyone else's own work first, their scorecard leading, then the gadgets
     * whose rows are theirs (a gadget with a person filter shows only the caller's rows to them), then the shared ones.
     */
    public static List<Gadget> onDashboardOf(Caller caller) {
        List<Gadget> shown = new ArrayList<>();
        for (Gadget gadget : values()) {
            if (gadget.shownTo(caller)) {
                shown.add(gadget);
            }
        }
        if (!seesAll(caller)) {
            shown.sort(Comparator.comparingInt(g -> g == SCORECARD ? 0 : g.own() ? 1 : 2));
        }
        return shown;
    }

    /** Whether the gadget's rows are a person's own to those who do not see everybody's. */
    public boolean own() {
        return personParam != null;
    }

    /** Whether the results REST shows this caller everybody's rows (so the gadgets offer a person to pick). */
    public static boolean seesAll(Caller caller) {
        return caller.admin() || caller.isAnyOf(SEE_ALL);
    }

    public String titleKey() {
        return titleKey;
    }

    /** The query parameter naming one person (or manager), or null when the gadget has no person filter. */
    public String personParam() {
        return personParam;
    }

    /** Whether the period is a month (the scorecard) rather than from..to dates. */
    public boolean monthly() {
        return monthly;
    }

    /** The gadget's script under the resources. */
    public String script() {
        return "js/gadget-" + id + ".js";
    }

    /** Every script the dashboard needs after Chart.js, in order. */
    public static List<String> scripts() {
        List<String> scripts = new ArrayList<>(List.of("js/common.js", "js/gadgets.js", "js/suspected.js",
                "js/gadget-columns.js", "js/gadget-settings.js", "js/list-table.js"));
        for (Gadget gadget : values()) {
            scripts.add(gadget.script());
        }
        scripts.add("js/what-if.js");
        scripts.add("js/absence-when.js");
        scripts.add("js/absence-conflicts.js");
        scripts.add("js/absence-requests.js");
        scripts.add("js/dashboard.js");
        return scripts;
    }
}
