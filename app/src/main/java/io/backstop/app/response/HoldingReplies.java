package io.backstop.app.response;

import io.backstop.app.settings.DepartmentSettings;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.holding.Holding;
import io.backstop.core.holding.HoldingReply;
import io.backstop.core.sla.ReplyKind;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides whether a staff reply is a holding reply, and its promise, in the order of sla-semantics.md ("Holding
 * replies in the hosts"): a due date set or moved with the reply; the staff member's explicit mark (or their turning
 * the detection off); the reply's text. One implementation for both hosts.
 */
final class HoldingReplies {

    /** What a reply is, and how that was decided, for the timeline ({@code how} null for a plain answer). */
    record Decision(ReplyKind kind, ReplyDecidedBy how) {

        static final Decision ANSWER = new Decision(ReplyKind.ANSWER, null);

        /** The reply's timeline row, marked when it was decided to be holding or the detection was turned off. */
        ClockEvent mark(ClockEvent reply) {
            return how == null ? reply : reply.holding(how);
        }
    }

    /**
     * @param clientWords what the client wrote since staff last replied (null when unknown); read only when the
     *                    reply's text only acknowledges
     */
    Decision decide(DepartmentSettings settings, ReplyFacts reply, Instant at, WorkCalendar calendar,
                    Supplier<String> clientWords) {
        if (reply.dueDateSet() != null) {
            Optional<Instant> promise = HoldingReply.promiseFor(reply.dueDateSet(), calendar).filter(at::isBefore);
            if (promise.isPresent()) {
                return new Decision(ReplyKind.holding(promise.get()),
                        ReplyDecidedBy.of(ReplyDecidedBy.How.DUE_DATE));
            }
        }
        if (Boolean.TRUE.equals(reply.mark())) {
            return new Decision(ReplyKind.holding(reply.promise()), ReplyDecidedBy.of(ReplyDecidedBy.How.MARKED));
        }
        if (Boolean.FALSE.equals(reply.mark())) {
            return new Decision(ReplyKind.ANSWER, ReplyDecidedBy.of(ReplyDecidedBy.How.TURNED_OFF));
        }
        return detect(settings, reply.text(), at, calendar, clientWords)
                .map(found -> new Decision(ReplyKind.holding(found.promise().orElse(null)),
                        ReplyDecidedBy.text(found.phrase())))
                .orElse(Decision.ANSWER);
    }

    /** The last of the three ways alone: the holding reply the text is, with the department's phrases. */
    Optional<Holding> detect(DepartmentSettings settings, String text, Instant at, WorkCalendar calendar,
                             Supplier<String> clientWords) {
        return text == null ? Optional.empty()
                : new HoldingReply(settings.holdingPhrases()).detect(text, at, calendar, clientWords);
    }
}
