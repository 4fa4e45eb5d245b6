package io.backstop.app.results.scorecard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.promise.PromiseChain;
import io.backstop.app.rest.Json;
import io.backstop.core.sla.Promise;
import java.time.ZoneId;

/** The JSON of {@code GET results/sla}: one person's figures, and one broken promise with its moves. */
final class SlaJson {

    private SlaJson() {
    }

    /**
     * {@code replies}, {@code onTime}, {@code breaches} and {@code onTimeShare} as before, now counted on the
     * person's watch ({@link PersonSla}), and the new {@code lateReplies}, {@code answersOnTime},
     * {@code lateAnswers}, {@code promises} and {@code rescues}.
     */
    static void person(ObjectNode node, PersonSla p) {
        node.put("person", p.person()).put("replies", p.replies()).put("onTime", p.onTime())
                .put("breaches", p.breaches());
        if (p.onTimeShare() == null) {
            node.putNull("onTimeShare");
        } else {
            node.put("onTimeShare", Json.round(p.onTimeShare()));
        }
        node.put("lateReplies", p.lateReplies()).put("answersOnTime", p.answersOnTime())
                .put("lateAnswers", p.lateAnswers());
        PersonSla.Promises promises = p.promises();
        node.putObject("promises").put("made", promises.made()).put("kept", promises.kept())
                .put("moved", promises.moved()).put("broken", promises.broken()).put("open", promises.open());
        PersonSla.Rescues rescues = p.rescues();
        ObjectNode rescue = node.putObject("rescues").put("count", rescues.count())
                .put("unanswered", rescues.unanswered());
        rescue.put("medianSeconds", rescues.medianSeconds());
        rescue.put("p90Seconds", rescues.p90Seconds());
        ArrayNode months = rescue.putArray("months");
        for (PersonSla.Month m : rescues.months()) {
            months.addObject().put("month", m.month().toString()).put("count", m.count())
                    .put("unanswered", m.unanswered()).put("medianSeconds", m.medianSeconds())
                    .put("p90Seconds", m.p90Seconds());
        }
    }

    /**
     * A broken promise: the issue, who broke it ({@code by}, rule 11), the date they had given ({@code due}) and
     * when it broke ({@code closedAt}), how often it had been moved ({@code moves}), and the first promise of the
     * chain ({@code first}: who first promised, when, and for when).
     */
    static void broken(ObjectNode node, PromiseChain chain, ZoneId zone) {
        Promise last = chain.last();
        node.put("issue", last.issue()).put("by", last.by());
        Json.put(node, "madeAt", last.madeAt(), zone);
        Json.put(node, "due", last.due(), zone);
        Json.put(node, "closedAt", last.closedAt(), zone);
        node.put("moves", chain.moves());
        ObjectNode first = node.putObject("first").put("by", chain.first().by());
        Json.put(first, "madeAt", chain.first().madeAt(), zone);
        Json.put(first, "due", chain.first().due(), zone);
    }
}
