package io.backstop.app.response;

/**
 * What came of a take or a return ({@link ResponseDesk#take}, {@link ResponseDesk#giveBack}): the outcome and who
 * holds the issue now.
 */
public record Take(Take.Outcome outcome, String holder) {

    /** The audit reason of a take. */
    public static final String REASON = "TAKE";

    public enum Outcome { TAKEN, ALREADY_YOURS, TAKEN_BY_SOMEONE_ELSE, OWNER_AWAY, NO_SUCH_ISSUE }

    static Take of(Handovers.Outcome done) {
        return new Take(switch (done.kind()) {
            case DONE -> Outcome.TAKEN;
            case ALREADY_THERE -> Outcome.ALREADY_YOURS;
            case HELD_BY_SOMEONE_ELSE -> Outcome.TAKEN_BY_SOMEONE_ELSE;
            case OWNER_AWAY -> Outcome.OWNER_AWAY;
            case NO_SUCH_ISSUE -> Outcome.NO_SUCH_ISSUE;
        }, done.holder());
    }
}
