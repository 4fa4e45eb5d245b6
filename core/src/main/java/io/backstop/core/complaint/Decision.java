package io.backstop.core.complaint;

/** Whether someone may do something to a complaint, and why (the reason is shown to them). */
public record Decision(boolean allowed, String reason) {

    static Decision allow(String reason) {
        return new Decision(true, reason);
    }

    static Decision deny(String reason) {
        return new Decision(false, reason);
    }
}
