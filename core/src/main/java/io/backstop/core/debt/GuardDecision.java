package io.backstop.core.debt;

/** The guard's answer and why, in words a manager understands. */
public record GuardDecision(Outcome outcome, String reason) {

    public enum Outcome {
        ALLOWED,
        NEEDS_HEAD_APPROVAL
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }
}
