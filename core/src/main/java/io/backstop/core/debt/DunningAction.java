package io.backstop.core.debt;

/** What the department does to a debtor. The hard ones can break a relationship of years. */
public enum DunningAction {
    /** A polite letter or message. */
    REMINDER(false),
    /** A call by the debt call script (речевой модуль). */
    CALL(false),
    /** A formal claim letter (претензия). */
    CLAIM_LETTER(true),
    /** Work on the client's projects stops until they pay. */
    SUSPEND_WORK(true),
    /** The debt goes to lawyers or court. */
    LEGAL(true);

    private final boolean hard;

    DunningAction(boolean hard) {
        this.hard = hard;
    }

    public boolean hard() {
        return hard;
    }
}
