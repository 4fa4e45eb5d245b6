package io.backstop.app.staff;

import java.util.List;

/**
 * The work people hold, as the response clocks know it ({@code ResponseViews}): what an absence starting would move,
 * shown to the head before she approves one.
 */
@FunctionalInterface
public interface HeldWork {

    /** The open issues {@code person} holds that await an answer now, in creation order. */
    List<HeldIssue> awaitingHeldBy(String person);

    /** An issue someone holds: its key, its client (may be null) and its owner. */
    record HeldIssue(String issue, String client, String owner) {
    }
}
