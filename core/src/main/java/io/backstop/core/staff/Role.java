package io.backstop.core.staff;

/** What a person does in the department. */
public enum Role {
    HEAD,
    OPERATOR,
    MANAGER,
    OFFICE_MANAGER
}
