package io.backstop.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.core.sla.ReplyKind;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import java.time.Instant;

/**
 * A staff reply's explicit mark as JSON gives it ({@code holding}, {@code promise}), read the same way for a
 * scenario's reply and the sandbox tracker's comment: holding when it says so or names a promise;
 * {@code "holding": false} with a promise is a typo.
 *
 * @param holding TRUE: marked holding; FALSE: marked an answer; null: not marked (a host then reads the text)
 * @param promise the promise named; null: none
 */
public record ReplyMark(Boolean holding, Instant promise) {

    /** Reads {@code holding} and {@code promise} of {@code node}; {@code prefix} names them in errors ("" or "events[3]."). */
    public static ReplyMark read(JsonNode node, String prefix) {
        Instant promise = JsonFields.optionalInstant(node, "promise", prefix + "promise");
        JsonNode given = node.get("holding");
        Boolean holding = null;
        if (given != null && !given.isNull()) {
            holding = JsonFields.optionalBoolean(node, "holding", prefix + "holding", false);
        } else if (promise != null) {
            holding = Boolean.TRUE;
        }
        if (Boolean.FALSE.equals(holding) && promise != null) {
            throw new InvalidFieldException(prefix + "holding", Problem.of("error.input.falseButReply"));
        }
        return new ReplyMark(holding, promise);
    }

    /** What the reply is when nothing else decides: holding only when marked so. */
    public ReplyKind kind() {
        return Boolean.TRUE.equals(holding) ? ReplyKind.holding(promise) : ReplyKind.ANSWER;
    }
}
