package io.backstop.app.results.complaints;

import io.backstop.core.complaint.DirectorsLog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Something else the director's log shows beside unflagged and closed complaints: the suspected lane's dismissals
 * ({@link DirectorsLog.Action#DISMISS}). Registered once with {@link ComplaintsDesk#addLogSource}.
 */
@FunctionalInterface
public interface DirectorsLogSource {

    /**
     * The entries in {@code [from, to)}; with {@code about}, only those about that person (an entry about nobody in
     * particular, such as a dismissed suspicion, is then left out).
     */
    List<DirectorsLog.Entry> entries(Instant from, Instant to, Optional<String> about);
}
