package io.backstop.core.sla;

import java.util.List;
import java.util.Objects;

/** The department's response standard: default goal, overrides by issue type and priority, and returns. */
public record ResponsePolicy(Goal standard, boolean returnToOwner, List<GoalOverride> overrides) {

    public ResponsePolicy {
        Objects.requireNonNull(standard, "standard");
        overrides = List.copyOf(overrides);
    }

    /** The first override that matches the issue, completed from the standard goal; else the standard goal. */
    public Goal goalFor(String issueType, String priority) {
        for (GoalOverride override : overrides) {
            if (override.matches(issueType, priority)) {
                return new Goal(override.queueAfter().orElse(standard.queueAfter()),
                        override.respondWithin().orElse(standard.respondWithin()));
            }
        }
        return standard;
    }
}
