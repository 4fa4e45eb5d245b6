package io.backstop.core.sla;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The department's response standard: default goal, overrides by issue type and priority, returns, and how long
 * before the due time the holder is reminded (rule 14; none when empty).
 */
public record ResponsePolicy(Goal standard, boolean returnToOwner, List<GoalOverride> overrides,
                             Optional<Duration> remindBefore) {

    public ResponsePolicy {
        Objects.requireNonNull(standard, "standard");
        overrides = List.copyOf(overrides);
        Objects.requireNonNull(remindBefore, "remindBefore");
        remindBefore.filter(Duration::isNegative).ifPresent(d -> {
            throw new IllegalArgumentException("remindBefore must not be negative");
        });
    }

    public ResponsePolicy(Goal standard, boolean returnToOwner, List<GoalOverride> overrides) {
        this(standard, returnToOwner, overrides, Optional.empty());
    }

    /** The first override that matches the issue, completed from the standard goal; else the standard goal. */
    public Goal goalFor(String issueType, String priority) {
        for (GoalOverride override : overrides) {
            if (override.matches(issueType, priority)) {
                return new Goal(override.queueAfter().orElse(standard.queueAfter()),
                        override.respondWithin().orElse(standard.respondWithin()),
                        override.answerWithin().orElse(standard.answerWithin()));
            }
        }
        return standard;
    }
}
