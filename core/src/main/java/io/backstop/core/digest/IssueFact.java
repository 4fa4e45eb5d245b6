package io.backstop.core.digest;

import io.backstop.core.validation.Check;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the digest needs to know of an issue.
 *
 * @param promisedOn the date promised to the client for this work, if one was
 */
public record IssueFact(String issue, String client, String summary, boolean open, Optional<LocalDate> promisedOn,
                        String assignee, Instant updated) {

    public IssueFact {
        Check.notBlank(issue, "issue");
        Check.notBlank(client, "client");
        Check.notNull(summary, "summary");
        Check.notNull(promisedOn, "promisedOn");
        Check.notBlank(assignee, "assignee");
        Check.notNull(updated, "updated");
    }
}
