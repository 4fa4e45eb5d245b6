package io.backstop.core.complaint.suspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.complaint.Actor;
import io.backstop.core.complaint.Rank;
import io.backstop.core.validation.InvalidFieldException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Attempts to hush a suspicion, each refused, and the dismissals that stand. */
class SuspicionRulesTest {

    @Test
    void theOperatorDismissesASuspicionAboutAManager() {
        assertThat(SuspicionRules.dismiss(Actor.staff("operator"), "ivanova", Rank.STAFF).allowed()).isTrue();
        assertThat(SuspicionRules.dismiss(Actor.head("head"), "operator", Rank.STAFF).allowed()).isTrue();
    }

    @Test
    void nobodyDismissesASuspicionAboutThemselves() {
        assertThat(SuspicionRules.dismiss(Actor.staff("operator"), "operator", Rank.STAFF).allowed()).isFalse();
        assertThat(SuspicionRules.dismiss(Actor.head("head"), "head", Rank.HEAD).reason()).contains("about head");
    }

    @Test
    void aSuspicionAboutTheHeadIsTheDirectors() {
        assertThat(SuspicionRules.dismiss(Actor.staff("operator"), "head", Rank.HEAD).allowed()).isFalse();
        assertThat(SuspicionRules.dismiss(Actor.director("director"), "head", Rank.HEAD).allowed()).isTrue();
    }

    @Test
    void aDismissalWithoutAReasonIsNone() {
        Instant at = Instant.parse("2026-11-02T10:00:00Z");
        assertThatThrownBy(() -> new Dismissal("operator", at, "  ")).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("reason");
        assertThatThrownBy(() -> new Dismissal("operator", at, null)).isInstanceOf(InvalidFieldException.class);
        assertThat(new Dismissal("operator", at, "  a question, not a complaint ").reason())
                .isEqualTo("a question, not a complaint");
    }
}
