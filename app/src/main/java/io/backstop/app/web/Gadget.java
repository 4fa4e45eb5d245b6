package io.backstop.app.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's gadgets. Each is one fragment ({@link #TEMPLATE} with its id) and one script
 * ({@code js/gadget-<id>.js}, on top of {@code js/common.js} and {@code js/gadgets.js}) that reads one REST
 * endpoint (a results one, the absence report, the onboarding plan or the forecast), so each can later become a Jira
 * dashboard-item of its own. Charts need Chart.js 4 ({@code Chart}), which the host serves. The dashboard also
 * carries the head's what-if form ({@code js/what-if.js}) and the absence requests ({@code js/absence-requests.js}).
 */
public enum Gadget {
    /** On-time share of replies and breaches per person ({@code GET results/sla}). */
    SLA("sla", "backstop.gadget.sla.title", "person", false, false),
    /** Norm-hours per full day per person against their band ({@code GET results/norm-hours}). */
    NORM_HOURS("norm-hours", "backstop.gadget.normHours.title", "person", false, false),
    /** Offers presented and accepted, conversion and points per person ({@code GET results/upsells}). */
    UPSELLS("upsells", "backstop.gadget.upsells.title", "person", false, false),
    /** Debt by aging bucket and the debtors' escalation levels ({@code GET results/debtors}). */
    DEBTORS("debtors", "backstop.gadget.debtors.title", "manager", false, false),
    /** The month's scorecard per person ({@code GET results/scorecard}). */
    SCORECARD("scorecard", "backstop.gadget.scorecard.title", "person", true, false),
    /** Days absent by kind, planned or not, and norm-hours lost per person ({@code GET reports/absences}). */
    ABSENCES("absences", "backstop.gadget.absences.title", "person", true, false),
    /** Newcomers' operations learnt and hours per norm-hour by month of service ({@code GET onboarding/newcomers}). */
    NEWCOMERS("newcomers", "backstop.gadget.newcomers.title", "person", false, false),
    /** The operations in the order a newcomer should learn them, with instructions ({@code GET onboarding/plan}). */
    LEARNING_ORDER("learning-order", "backstop.gadget.learningOrder.title", null, false, false),
    /**
     * Expected work against capacity per week ahead, short weeks flagged ({@code GET forecast}): the head's
     * planning, so only the head and administrators get it; it looks ahead, so it has no period filter.
     */
    CAPACITY("capacity", "backstop.gadget.capacity.title", null, false, true);

    /** The fragment every gadget renders, with its own id and settings. */
    public static final String TEMPLATE = "templates/backstop/gadget.vm";

    private final String id;
    private final String titleKey;
    private final String personParam;
    private final boolean monthly;
    private final boolean planning;

    Gadget(String id, String titleKey, String personParam, boolean monthly, boolean planning) {
        this.id = id;
        this.titleKey = titleKey;
        this.personParam = personParam;
        this.monthly = monthly;
        this.planning = planning;
    }

    /** A planning gadget looks ahead (no period to pick) and is the head's and administrators' only. */
    public boolean planning() {
        return planning;
    }

    public String id() {
        return id;
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
        List<String> scripts = new ArrayList<>(List.of("js/common.js", "js/gadgets.js"));
        for (Gadget gadget : values()) {
            scripts.add(gadget.script());
        }
        scripts.add("js/what-if.js");
        scripts.add("js/absence-requests.js");
        scripts.add("js/dashboard.js");
        return scripts;
    }
}
