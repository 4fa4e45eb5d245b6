package io.backstop.core.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Goals: the first matching override, completed from the policy; the policy when nothing matches. */
class ResponsePolicyTest {

    private static final Duration H1 = Duration.ofHours(1);
    private static final Duration H2 = Duration.ofHours(2);
    private static final Duration H8 = Duration.ofHours(8);
    private static final Duration H16 = Duration.ofHours(16);
    private static final Duration M30 = Duration.ofMinutes(30);
    private static final Goal STANDARD = new Goal(M30, H8);

    private static GoalOverride override(List<String> types, List<String> priorities, Duration queueAfter,
                                         Duration respondWithin) {
        return new GoalOverride(types, priorities, Optional.ofNullable(queueAfter), Optional.ofNullable(respondWithin));
    }

    /** The spec's example: complaints 2 working hours, monthly reports 16, the rest 8. */
    private final ResponsePolicy spec = new ResponsePolicy(STANDARD, true, List.of(
            override(List.of("Complaint"), List.of(), Duration.ZERO, H2),
            override(List.of("Client report"), List.of(), null, H16)));

    @Test
    void theSpecsExample() {
        assertThat(spec.goalFor("Complaint", "High")).isEqualTo(new Goal(Duration.ZERO, H2));
        assertThat(spec.goalFor("Client report", null)).isEqualTo(new Goal(M30, H16));
        assertThat(spec.goalFor("Client request", "Medium")).isEqualTo(STANDARD);
        assertThat(spec.goalFor(null, null)).isEqualTo(STANDARD);
    }

    @Test
    void theFirstMatchingEntryWinsEvenIfALaterOneIsMoreSpecific() {
        ResponsePolicy policy = new ResponsePolicy(STANDARD, true, List.of(
                override(List.of("Complaint"), List.of(), null, H2),
                override(List.of("Complaint"), List.of("High"), Duration.ZERO, H1)));
        assertThat(policy.goalFor("Complaint", "High")).isEqualTo(new Goal(M30, H2));
    }

    @Test
    void aValueTheEntryDoesNotGiveComesFromThePolicy() {
        ResponsePolicy policy = new ResponsePolicy(STANDARD, true, List.of(
                override(List.of("A"), List.of(), H1, null),
                override(List.of("B"), List.of(), null, null)));
        assertThat(policy.goalFor("A", null)).isEqualTo(new Goal(H1, H8));
        assertThat(policy.goalFor("B", null)).isEqualTo(STANDARD);
    }

    @Test
    void bothListsMustContainTheIssuesValues() {
        ResponsePolicy policy = new ResponsePolicy(STANDARD, true, List.of(
                override(List.of("Complaint", "Claim"), List.of("High", "Highest"), null, H1)));
        assertThat(policy.goalFor("Claim", "Highest").respondWithin()).isEqualTo(H1);
        assertThat(policy.goalFor("Claim", "Low")).isEqualTo(STANDARD);
        assertThat(policy.goalFor("Request", "High")).isEqualTo(STANDARD);
    }

    @Test
    void anIssueWithoutTypeOrPriorityMatchesOnlyEntriesThatDoNotRestrictIt() {
        ResponsePolicy policy = new ResponsePolicy(STANDARD, true, List.of(
                override(List.of("Complaint"), List.of(), null, H1),
                override(List.of(), List.of("High"), null, H2),
                override(List.of(), List.of(), null, H16)));
        assertThat(policy.goalFor(null, "High").respondWithin()).isEqualTo(H2);
        assertThat(policy.goalFor("Complaint", null).respondWithin()).isEqualTo(H1);
        assertThat(policy.goalFor(null, null).respondWithin()).isEqualTo(H16);
        assertThat(policy.goalFor("Request", null).respondWithin()).isEqualTo(H16);
    }

    @Test
    void matchingIsExactText() {
        GoalOverride complaints = override(List.of("Complaint"), List.of(), null, H1);
        assertThat(complaints.matches("Complaint", null)).isTrue();
        assertThat(complaints.matches("complaint", null)).isFalse();
        assertThat(complaints.matches(null, null)).isFalse();
    }

    @Test
    void negativeDurationsAreRejected() {
        assertThatThrownBy(() -> new Goal(Duration.ofMinutes(-1), H1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Goal(M30, Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> override(List.of(), List.of(), Duration.ofMinutes(-1), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> override(List.of(), List.of(), null, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
