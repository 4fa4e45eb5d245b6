package io.backstop.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.response.ReplyFacts;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.whatif.Change;
import io.backstop.core.whatif.Comparison;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The what-if read from the stores: holding replies keep their promises, and the operator's pace is read. */
class WhatIfDeskTest {

    TestHost host;
    WhatIfDesk desk;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(ForecastDeskTest.DEPARTMENT));
        desk = host.backstop.forecast().whatIfs();
    }

    static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }

    @Test
    void aHoldingReplyKeepsItsPromiseAndTheOperatorAnswersSoonerWithAShorterQueue() {
        ResponseDesk responses = host.backstop.responses();
        LocalDate mon = LocalDate.parse("2026-11-02");
        IssueFacts web1 = new IssueFacts("WEB-1", null, null, "ivanova", "acme");
        IssueFacts web2 = new IssueFacts("WEB-2", null, null, "petrova", "beta");
        responses.issueCreated(web1, "client", at(mon + "T10:00"));
        // a marked holding reply: its promise runs two working days and is never kept in the period
        responses.commentAdded(web1, "ivanova", false, at(mon + "T10:20"), new ReplyFacts("We got it", true, null, null));
        responses.issueCreated(web2, "client", at(mon + "T10:00"));
        responses.commentAdded(web2, "operator", false, at(mon + "T11:30"), ReplyFacts.text("Here is the invoice."));
        Instant now = at("2026-11-10T09:00");

        Comparison c = desk.whatIf(mon, mon.plusDays(4), new Change.Operator("operator",
                Optional.of(Duration.ofMinutes(10))), now);
        assertThat(c.actual().brokenPromises()).isEqualTo(1);
        assertThat(c.changed().brokenPromises()).isEqualTo(1);
        // the operator answered 1 h after the queue (10:30): with the queue at 10:10 they answer at 11:10
        assertThat(c.assumptions().paceFromQueue()).isEqualTo(Map.of("operator", Duration.ofHours(1)));
        assertThat(c.actual().p90WaitSeconds()).hasValue(5400);
        assertThat(c.changed().p90WaitSeconds()).hasValue(4200);
        assertThat(c.assumptions().unplannedRate()).isZero();
    }
}
