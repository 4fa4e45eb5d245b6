package io.backstop.core.debt;

/** Who deals with a debtor, in the order debts climb: the client's manager, the head of department, the director. */
public enum EscalationLevel {
    MANAGER,
    HEAD,
    DIRECTOR
}
