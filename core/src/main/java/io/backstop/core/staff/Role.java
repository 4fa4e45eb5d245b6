package io.backstop.core.staff;

/** What a person does in the department. */
public enum Role {
    HEAD,
    OPERATOR,
    MANAGER,
    OFFICE_MANAGER,
    /**
     * Optional, at most one: above the head, outside the department's work. The director is in no chain (rules 5,
     * 7) unless listed as someone's deputy, and is the only one who may close a complaint about the head.
     */
    DIRECTOR
}
