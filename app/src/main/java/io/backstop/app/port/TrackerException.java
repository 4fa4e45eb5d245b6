package io.backstop.app.port;

/**
 * The tracker refused an action; the message says why in the tracker's words. A refusal is final for the decision
 * it answers (the desk records it and does not try again); anything else the tracker throws is taken as passing
 * and rolls the change back for the next tick to retry.
 */
public class TrackerException extends RuntimeException {

    /** Why the tracker said no, as far as the desk needs to know. */
    public enum Refusal {
        /** The issue is not there any more (deleted, moved away): its clock closes. */
        ISSUE_GONE,
        /** The user to act as, or to assign to, is unknown or deactivated. */
        USER_INACTIVE,
        /** Any other refusal: no permission, a workflow or validation rule. */
        REFUSED
    }

    private final Refusal refusal;

    public TrackerException(String message) {
        this(Refusal.REFUSED, message);
    }

    public TrackerException(Refusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public TrackerException(String message, Throwable cause) {
        super(message, cause);
        this.refusal = Refusal.REFUSED;
    }

    public Refusal refusal() {
        return refusal;
    }
}
