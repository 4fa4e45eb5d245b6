package io.backstop.core.complaint;

import io.backstop.core.validation.Check;
import java.time.Instant;
import java.util.Optional;

/**
 * One entry of a complaint's history: who did what, when, and why (required to unflag or close, so the director
 * can read it; older entries may have none).
 */
public record Change(ComplaintAction action, String by, Instant at, Optional<String> reason) {

    public Change {
        Check.notNull(action, "action");
        Check.notBlank(by, "by");
        Check.notNull(at, "at");
        Check.notNull(reason, "reason");
        reason.ifPresent(r -> Check.notBlank(r, "reason"));
    }

    public Change(ComplaintAction action, String by, Instant at) {
        this(action, by, at, Optional.empty());
    }
}
