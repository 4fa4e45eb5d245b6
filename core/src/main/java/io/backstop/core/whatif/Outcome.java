package io.backstop.core.whatif;

import io.backstop.core.replay.ReplayResult;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.sla.Reassignment;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A replay summed up: breaches, the waiting of answered messages in working seconds (median and 90th percentile,
 * nearest rank), reassignments by reason and how many issues still waited at the end.
 */
public record Outcome(int breaches, int replies, OptionalLong medianWaitSeconds, OptionalLong p90WaitSeconds,
                      Map<ReassignReason, Integer> reassignments, int stillWaiting) {

    public Outcome {
        reassignments = Collections.unmodifiableMap(new EnumMap<>(reassignments));
    }

    public static Outcome of(ReplayResult result) {
        long[] waits = result.replies().stream().mapToLong(r -> r.waited().getSeconds()).sorted().toArray();
        Map<ReassignReason, Integer> moves = new EnumMap<>(ReassignReason.class);
        for (ReassignReason reason : ReassignReason.values()) {
            moves.put(reason, 0);
        }
        for (Reassignment r : result.reassignments()) {
            moves.merge(r.reason(), 1, Integer::sum);
        }
        return new Outcome(result.breaches().size(), result.replies().size(), percentile(waits, 50),
                percentile(waits, 90), moves, result.queue().size());
    }

    public int reassignmentCount() {
        return reassignments.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Nearest rank: the smallest value with at least {@code p} percent of the values at or below it. */
    static OptionalLong percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return OptionalLong.empty();
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return OptionalLong.of(sorted[Math.max(0, rank - 1)]);
    }
}
