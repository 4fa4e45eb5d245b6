package io.backstop.core.staff;

/** What a person does in the department. */
public enum Role {
    HEAD,
    OPERATOR,
    MANAGER,
    OFFICE_MANAGER,
    /** Above the head: reads the department's results and closes complaints about the head; optional, at most one. */
    DIRECTOR
}
