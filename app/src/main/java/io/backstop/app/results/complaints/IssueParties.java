package io.backstop.app.results.complaints;

import java.util.Optional;

/**
 * Who an issue is between, as Backstop knows it when a complaint is flagged on it: the client, and the client's own
 * manager (the owner, the home manager). Both empty for an issue Backstop keeps no clock of.
 */
public record IssueParties(Optional<String> client, Optional<String> owner) {

    public static final IssueParties UNKNOWN = new IssueParties(Optional.empty(), Optional.empty());
}
