package io.backstop.core.sla;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A goal for some issues, e.g. complaints answered in 2 working hours. Empty lists match anything; a value the
 * override does not give comes from the policy.
 */
public record GoalOverride(List<String> issueTypes, List<String> priorities,
                           Optional<Duration> queueAfter, Optional<Duration> respondWithin,
                           Optional<Duration> answerWithin) {

    public GoalOverride {
        issueTypes = List.copyOf(issueTypes);
        priorities = List.copyOf(priorities);
        queueAfter.filter(Duration::isNegative).ifPresent(d -> {
            throw new IllegalArgumentException("queueAfter must not be negative");
        });
        respondWithin.filter(Duration::isNegative).ifPresent(d -> {
            throw new IllegalArgumentException("respondWithin must not be negative");
        });
        answerWithin.filter(d -> d.isNegative() || d.isZero()).ifPresent(d -> {
            throw new IllegalArgumentException("answerWithin must be positive");
        });
    }

    public GoalOverride(List<String> issueTypes, List<String> priorities, Optional<Duration> queueAfter,
                        Optional<Duration> respondWithin) {
        this(issueTypes, priorities, queueAfter, respondWithin, Optional.empty());
    }

    /** An issue without a type (or priority) matches only overrides that do not restrict it. */
    public boolean matches(String issueType, String priority) {
        return allows(issueTypes, issueType) && allows(priorities, priority);
    }

    private static boolean allows(List<String> wanted, String actual) {
        return wanted.isEmpty() || (actual != null && wanted.contains(actual));
    }
}
