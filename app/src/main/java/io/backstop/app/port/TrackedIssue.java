package io.backstop.app.port;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the tracker says of an issue when a screen needs it (the client digest): read when asked, never stored, so
 * it is as current as the tracker.
 *
 * @param promisedOn the date promised to the client for this work (Jira: the issue's due date), if any
 */
public record TrackedIssue(String summary, Optional<LocalDate> promisedOn) {
}
