package io.backstop.core.complaint;

/**
 * What counts for complaints is only this: staff (operator, managers, office, sales, anyone not in the department),
 * the head, the director.
 */
public enum Rank {
    STAFF,
    HEAD,
    DIRECTOR
}
