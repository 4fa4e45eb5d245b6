package io.backstop.core.complaint;

import io.backstop.core.validation.Check;
import java.time.Instant;

/** One entry of a complaint's history: who did what, when. */
public record Change(ComplaintAction action, String by, Instant at) {

    public Change {
        Check.notNull(action, "action");
        Check.notBlank(by, "by");
        Check.notNull(at, "at");
    }
}
