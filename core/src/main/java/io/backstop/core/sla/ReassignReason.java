package io.backstop.core.sla;

/** Why Backstop moved an issue. */
public enum ReassignReason {
    /** Not answered in time: the operator takes it. */
    BREACH,
    /** The assignee is away: the next present person in line takes it. */
    ABSENCE,
    /** Back to the home manager: after a reply by someone else, or when their absence ends. */
    RETURN
}
