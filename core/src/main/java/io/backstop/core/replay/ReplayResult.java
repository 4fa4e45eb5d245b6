package io.backstop.core.replay;

import io.backstop.core.sla.Breach;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.Reminder;
import io.backstop.core.sla.Reply;
import io.backstop.core.sla.ResponseClock;
import java.util.List;

/**
 * What happened during a replay, in order, and the operator's queue at its end; promises in the order they were
 * made, each with its outcome at the end.
 */
public record ReplayResult(List<Reassignment> reassignments, List<Breach> breaches, List<Reply> replies,
                           List<ResponseClock> queue, List<Promise> promises, List<Reminder> reminders) {

    public ReplayResult {
        reassignments = List.copyOf(reassignments);
        breaches = List.copyOf(breaches);
        replies = List.copyOf(replies);
        queue = List.copyOf(queue);
        promises = List.copyOf(promises);
        reminders = List.copyOf(reminders);
    }
}
