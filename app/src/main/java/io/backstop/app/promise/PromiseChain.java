package io.backstop.app.promise;

import io.backstop.core.sla.Promise;
import io.backstop.core.sla.PromiseOutcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One promise to a client and every time it was moved: the promises on one issue linked by {@code MOVED} (rule 11:
 * a holding reply by the due time closes the open promise {@code MOVED} and opens its own at that instant). A chain
 * is one promise however often its date moved; the head sees how often, the results count it once.
 *
 * @param links the chain's promises in the order made; all but the last are {@code MOVED}
 */
public record PromiseChain(List<Promise> links) {

    public PromiseChain {
        if (links.isEmpty()) {
            throw new IllegalArgumentException("a chain has at least one promise");
        }
        links = List.copyOf(links);
    }

    /** The promise first made to the client: who promised, and the first date given. */
    public Promise first() {
        return links.get(0);
    }

    /** The promise that stands (or stood) last: its outcome is the chain's. */
    public Promise last() {
        return links.get(links.size() - 1);
    }

    /** How often the date was moved before the last promise. */
    public int moves() {
        return links.size() - 1;
    }

    /** Whether {@code next} replaced {@code previous}: the same issue, moved at the instant {@code next} was made. */
    public static boolean replaces(Promise next, Promise previous) {
        return previous.issue().equals(next.issue()) && previous.outcome() == PromiseOutcome.MOVED
                && next.madeAt().equals(previous.closedAt());
    }

    /**
     * The chain that ends with {@code last}, from the issue's promises in the order made ({@link
     * PromiseStore#ofIssue}); {@code last} alone when it is not among them.
     */
    public static PromiseChain endingWith(Promise last, List<Promise> ofIssue) {
        int at = ofIssue.indexOf(last);
        List<Promise> links = new ArrayList<>(List.of(last));
        for (int i = at - 1; at >= 0 && i >= 0 && replaces(ofIssue.get(i + 1), ofIssue.get(i)); i--) {
            links.add(ofIssue.get(i));
        }
        Collections.reverse(links);
        return new PromiseChain(links);
    }
}
