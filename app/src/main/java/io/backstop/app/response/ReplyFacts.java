package io.backstop.app.response;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a host knows of a staff reply, for deciding whether it is a holding reply (sla-semantics.md, "Holding
 * replies in the hosts"): its text, the staff member's explicit mark, and a due date set or moved in the same update.
 *
 * @param text       the reply's text; null when the host does not know it
 * @param mark       TRUE: marked holding; FALSE: staff turned the detection off (it is an answer); null: no mark
 * @param promise    the promise the mark names; null: none named
 * @param dueDateSet the due date as set or moved together with the reply; null: not changed
 */
public record ReplyFacts(String text, Boolean mark, Instant promise, LocalDate dueDateSet) {

    /** A reply the host says nothing more about: an answer unless its text says otherwise. */
    public static ReplyFacts text(String text) {
        return new ReplyFacts(text, null, null, null);
    }

    public static final ReplyFacts UNKNOWN = new ReplyFacts(null, null, null, null);
}
