package io.backstop.core.sla;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The operator's queue: awaiting issues past their queue time, the soonest due first (rule 9). */
public final class ResponseQueue {

    /** Ties on due are broken by the issue key as text, so the order is the same on every host. */
    public static final Comparator<ResponseClock> ORDER =
            Comparator.comparing(ResponseClock::due).thenComparing(ResponseClock::issue);

    private ResponseQueue() {
    }

    public static List<ResponseClock> at(Collection<ResponseClock> clocks, Instant at) {
        return clocks.stream().filter(clock -> clock.isQueuedAt(at)).sorted(ORDER).toList();
    }
}
