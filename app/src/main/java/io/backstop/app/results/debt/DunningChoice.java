package io.backstop.app.results.debt;

import io.backstop.core.debt.DunningAction;
import java.util.Optional;

/**
 * One dunning step as a person would take it against a client now: whether the guard holds it for the head, or
 * refuses it and why (the same checks {@link DebtDesk#takeDunningStep} makes).
 */
public record DunningChoice(DunningAction action, boolean heldForTheHead, Optional<DunningRefused> refused) {
}
