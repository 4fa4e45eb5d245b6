package io.backstop.app.results.complaints;

import io.backstop.core.complaint.ComplaintSource;
import io.backstop.core.validation.Check;
import java.util.Optional;

/**
 * A complaint someone flags: the issue, and what they say of it. {@code client} and {@code about} default to the
 * issue's client and that client's manager ({@link IssueParties}); {@code comment} is the comment flagged, if one.
 * The suspected lane flags with {@link ComplaintSource#SUSPECTED}, under the same rules.
 */
public record Flag(String issue, Optional<String> client, Optional<String> comment, Optional<String> about,
                   ComplaintSource source) {

    public Flag {
        Check.notBlank(issue, "issue");
        Check.notNull(client, "client");
        Check.notNull(comment, "comment");
        Check.notNull(about, "about");
        Check.notNull(source, "source");
    }

    public static Flag manual(String issue) {
        return new Flag(issue, Optional.empty(), Optional.empty(), Optional.empty(), ComplaintSource.MANUAL);
    }

    public Flag about(String person) {
        return new Flag(issue, client, comment, Optional.of(person), source);
    }

    public Flag client(String name) {
        return new Flag(issue, Optional.of(name), comment, about, source);
    }
}
