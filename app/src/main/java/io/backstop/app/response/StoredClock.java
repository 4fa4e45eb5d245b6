package io.backstop.app.response;

import io.backstop.core.sla.ResponseClock;
import java.time.Instant;

/** A response clock as stored: its row id (creation order), the client's name and when the issue was opened. */
public record StoredClock(int id, ResponseClock clock, String client, Instant createdAt) {
}
