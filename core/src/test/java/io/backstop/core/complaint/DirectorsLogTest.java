package io.backstop.core.complaint;

import static io.backstop.core.complaint.ComplaintRulesTest.DIRECTOR;
import static io.backstop.core.complaint.ComplaintRulesTest.HEAD;
import static io.backstop.core.complaint.ComplaintRulesTest.RANKS;
import static io.backstop.core.complaint.ComplaintRulesTest.T;
import static io.backstop.core.complaint.ComplaintRulesTest.about;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The director's log: every unflag and close with its reason, kept after a reopen, and the dismissals added. */
class DirectorsLogTest {

    private static final Instant HOUR = T.plusSeconds(3600);

    @Test
    void everyUnflagAndCloseInThePeriodNewestFirstEvenAfterAReopen() {
        Complaint anna = ComplaintRules.apply(about("anna"), HEAD, ComplaintAction.UNFLAG,
                Optional.of("not a complaint: a question"), HOUR, RANKS);
        anna = ComplaintRules.apply(anna, DIRECTOR, ComplaintAction.REOPEN, Optional.empty(), HOUR.plusSeconds(60), RANKS);
        Complaint helen = ComplaintRules.apply(about("helen"), DIRECTOR, ComplaintAction.CLOSE,
                Optional.of("talked to the client"), HOUR.plusSeconds(120), RANKS);
        Complaint open = about("boris");

        List<DirectorsLog.Entry> log = DirectorsLog.of(List.of(anna, helen, open), T, T.plusSeconds(86_400));

        assertThat(log).containsExactly(
                new DirectorsLog.Entry(HOUR.plusSeconds(120), "dmitry", DirectorsLog.Action.CLOSE,
                        Optional.of("talked to the client"), DirectorsLog.Subject.of(helen)),
                new DirectorsLog.Entry(HOUR, "helen", DirectorsLog.Action.UNFLAG,
                        Optional.of("not a complaint: a question"), DirectorsLog.Subject.of(anna)));
        assertThat(log.get(1).subject()).isEqualTo(new DirectorsLog.Subject("C-anna", "WEB-7", "alfa",
                Optional.of("anna")));
        assertThat(anna.isOpen()).as("reopened, yet the unflag stays in the log").isTrue();
    }

    @Test
    void thePeriodIsHalfOpen() {
        Complaint closed = ComplaintRules.apply(about("anna"), HEAD, ComplaintAction.CLOSE, Optional.of("done"),
                HOUR, RANKS);
        assertThat(DirectorsLog.of(List.of(closed), HOUR, HOUR.plusSeconds(1))).hasSize(1);
        assertThat(DirectorsLog.of(List.of(closed), T, HOUR)).isEmpty();
    }

    @Test
    void dismissalsFromTheSuspectedLaneJoinTheSameLog() {
        Complaint closed = ComplaintRules.apply(about("anna"), HEAD, ComplaintAction.CLOSE, Optional.of("done"),
                HOUR, RANKS);
        List<DirectorsLog.Entry> all = new ArrayList<>(DirectorsLog.of(List.of(closed), T, HOUR.plusSeconds(60)));
        DirectorsLog.Entry dismissed = new DirectorsLog.Entry(HOUR.plusSeconds(30), "olga", DirectorsLog.Action.DISMISS,
                Optional.of("irony, not a complaint"), new DirectorsLog.Subject("S-4", "WEB-3", "beta", Optional.empty()));
        all.add(dismissed);
        assertThat(DirectorsLog.sorted(all)).extracting(DirectorsLog.Entry::action)
                .containsExactly(DirectorsLog.Action.DISMISS, DirectorsLog.Action.CLOSE);
    }
}
