package io.backstop.app.results.scorecard;

import io.backstop.app.promise.PromiseChain;
import java.util.List;

/**
 * The response figures of a period: per person ({@link PersonSla}, in name order), and the promises broken in the
 * period, each as the chain of moves that ended in it, in the order they broke.
 */
public record SlaReport(List<PersonSla> people, List<PromiseChain> broken) {

    public SlaReport {
        people = List.copyOf(people);
        broken = List.copyOf(broken);
    }
}
