package io.backstop.core.whatif;

import io.backstop.core.replay.ReplayResult;
import io.backstop.core.sla.Breach;
import io.backstop.core.sla.PromiseOutcome;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.Reply;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * A replay summed up: breaches, the waiting of answered messages in working seconds (median and 90th percentile,
 * nearest rank), reassignments by reason, how many issues still waited at the end, broken promises, and the load on
 * each person (the replies they gave and the breaches held against them).
 */
public record Outcome(int breaches, int replies, OptionalLong medianWaitSeconds, OptionalLong p90WaitSeconds,
                      Map<ReassignReason, Integer> reassignments, int stillWaiting, int brokenPromises,
                      Map<String, Load> load) {

    /** What one person did in a replay: replies that ended a wait, and breaches held against them. */
    public record Load(int replies, int breaches) {
    }

    public Outcome {
        reassignments = Collections.unmodifiableMap(new EnumMap<>(reassignments));
        load = Collections.unmodifiableMap(new TreeMap<>(load));
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
        Map<String, Load> load = new TreeMap<>();
        for (Reply r : result.replies()) {
            load.merge(r.by(), new Load(1, 0), Outcome::sum);
        }
        for (Breach b : result.breaches()) {
            load.merge(b.heldBy(), new Load(0, 1), Outcome::sum);
        }
        int broken = (int) result.promises().stream().filter(p -> p.outcome() == PromiseOutcome.BROKEN).count();
        return new Outcome(result.breaches().size(), result.replies().size(), percentile(waits, 50),
                percentile(waits, 90), moves, result.queue().size(), broken, load);
    }

    private static Load sum(Load a, Load b) {
        return new Load(a.replies() + b.replies(), a.breaches() + b.breaches());
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
