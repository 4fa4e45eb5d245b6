package io.backstop.app.results;

import io.backstop.app.results.debt.ReceivableStore;
import io.backstop.app.results.sales.SalesDesk;
import io.backstop.app.results.common.Refused;
import io.backstop.app.results.debt.DebtDesk;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.debt.ReceivableEntity;
import io.backstop.app.results.debt.StoredDunningStep;

import static io.backstop.app.results.ResultsDeskTest.DEPARTMENT;
import static io.backstop.app.results.ResultsDeskTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.port.TrackedIssue;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.Schema;
import io.backstop.app.store.AlreadyDecided;
import io.backstop.app.store.SettingStore;
import io.backstop.app.testing.TestHost;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import io.backstop.core.digest.Warning;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import io.backstop.core.validation.InvalidFieldException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import net.java.ao.Query;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Loto-card coverage, cheap orders, the dunning guard's approvals, past debtors and the client digest's issues. */
class ResultsMoreTest {

    /** After November: its cheap orders are held against the whole month's fee. */
    private static final Instant NOVEMBER_OVER = at("2026-12-10T10:00");

    TestHost host;
    ResultsDesk desk;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        desk = host.backstop.results();
    }

    private void invoice(String id, String client, long kopecks, String issuedOn, String manager, String service) {
        LocalDate issued = LocalDate.parse(issuedOn);
        desk.debt().recordReceivable(new Receivable(id, client, kopecks, issued, issued.plusDays(10)), Optional.of(manager),
                Optional.of(service));
    }

    @Test
    void lotoCardsCountTheOffersEachClientMustHearAndWhichWereMade() {
        desk.replaceSettings(ResultsSettings.read("""
                {"lotoCards": [{"service": "site-support", "offers": ["seo", "direct"]},
                               {"service": "seo", "offers": ["direct"]}]}"""));
        invoice("A-1", "acme", 1_000_000, "2026-10-01", "ivanova", "site-support");
        invoice("B-1", "beta", 1_000_000, "2026-10-01", "ivanova", "seo");
        invoice("C-1", "gamma", 1_000_000, "2026-10-01", "petrova", "site-support");
        invoice("OLD", "old", 1_000_000, "2025-01-01", "petrova", "site-support"); // outside the 12 months
        desk.sales().recordOffer(new Offer("WEB-1", "acme", "site-support", "seo", OfferStatus.DECLINED, 900_000, "ivanova",
                at("2026-10-20T10:00")));

        SalesDesk.LotoCoverage coverage = desk.sales().lotoCoverage(LocalDate.parse("2026-11-27"), Optional.empty());

        // acme needs seo + direct (made seo), beta needs direct (none), gamma needs seo + direct (none)
        assertThat(coverage.byManager()).containsOnlyKeys("ivanova", "petrova");
        assertThat(coverage.byManager().get("ivanova").required()).isEqualTo(3);
        assertThat(coverage.byManager().get("ivanova").made()).isEqualTo(1);
        assertThat(coverage.byManager().get("petrova").made()).isZero();
        assertThat(coverage.clients()).filteredOn(c -> c.client().equals("acme")).singleElement()
                .satisfies(c -> assertThat(c.missing()).containsExactly("direct"));
        assertThat(desk.sales().lotoCoverage(LocalDate.parse("2026-11-27"), Optional.of("petrova")).clients())
                .extracting(c -> c.client()).containsExactly("gamma");
    }

    @Test
    void badLotoCardsNameTheField() {
        assertThatThrownBy(() -> ResultsSettings.read("{\"lotoCards\": [{\"service\": \"seo\", \"offers\": [\"seo\"]}]}"))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("lotoCards[0].offers[0]");
        assertThatThrownBy(() -> ResultsSettings.read("{\"lotoCards\": [{\"service\": \"seo\", \"offers\": [1]}]}"))
                .extracting("field").isEqualTo("lotoCards[0].offers[0]");
        assertThatThrownBy(() -> ResultsSettings.read("{\"lotoCards\": [{\"service\": \"seo\", \"offers\": []},"
                + "{\"service\": \"seo\", \"offers\": []}]}")).extracting("field").isEqualTo("lotoCards[1].service");
        ResultsSettings read = ResultsSettings.read("{\"lotoCards\": [{\"service\": \"seo\", \"offers\": [\"direct\"]}]}");
        assertThat(ResultsSettings.read(read.write()).lotoCards().cards()).isEqualTo(read.lotoCards().cards());
    }

    @Test
    void aCheapOrderIsAClientWhoseRequestsTakeMoreNormTimeThanTheirMonthBrings() {
        YearMonth november = YearMonth.of(2026, 11);
        invoice("CHEAP", "tiny", 200_000, "2026-11-03", "ivanova", "minimal-support"); // 2 000 roubles
        invoice("RICH", "bigco", 10_000_000, "2026-11-03", "ivanova", "seo"); // 100 000 roubles
        desk.norms().recordOperation("ivanova", LocalDate.parse("2026-11-05"), "client-question", 8, Optional.of("tiny"));
        desk.norms().recordOperation("ivanova", LocalDate.parse("2026-11-06"), "long-letter", 1, Optional.of("tiny"));
        desk.norms().recordOperation("ivanova", LocalDate.parse("2026-11-05"), "client-question", 8, Optional.of("bigco"));
        desk.norms().recordOperation("ivanova", LocalDate.parse("2026-10-30"), "client-question", 30, Optional.of("bigco"));

        SalesDesk.CheapOrders cheap = desk.sales().cheapOrders(november, NOVEMBER_OVER);

        // tiny: 8 x 15 + 60 = 180 min = 3 norm-hours on 2 000 roubles = 1.5 per 1000 > 0.5; bigco: 2 h on 100k
        assertThat(cheap.orders()).singleElement().satisfies(o -> {
            assertThat(o.load().client()).isEqualTo("tiny");
            assertThat(o.minutes()).isEqualTo(180);
            assertThat(o.normHoursPerThousandRoubles()).isEqualTo(1.5);
        });
        assertThat(cheap.where()).extracting(t -> t.operation()).containsExactly("client-question", "long-letter");
        assertThat(desk.sales().cheapOrders(YearMonth.of(2026, 10), NOVEMBER_OVER).orders()).isEmpty(); // no invoice in October
    }

    @Test
    void aMonthNotOverHoldsItsNormTimeAgainstThePartOfTheFeeItsDaysAreWorth() {
        YearMonth november = YearMonth.of(2026, 11); // 20 working days (4 November is a holiday)
        invoice("MID", "midco", 2_000_000, "2026-11-02", "ivanova", "site-support"); // 20 000 roubles
        desk.norms().recordOperation("ivanova", LocalDate.parse("2026-11-05"), "client-question", 10, Optional.of("midco"));

        // Monday 9 November: 2, 3, 5 and 6 November gone, 4 of 20 working days; 2.5 h on 4 000 roubles = 0.625
        SalesDesk.CheapOrders soFar = desk.sales().cheapOrders(november, at("2026-11-09T08:00"));
        assertThat(soFar.share()).isEqualTo(0.2);
        assertThat(soFar.orders()).singleElement().satisfies(o -> {
            assertThat(o.load().monthlyValueKopecks()).isEqualTo(400_000);
            assertThat(o.normHoursPerThousandRoubles()).isEqualTo(0.625);
        });
        // the same 2.5 h against the whole month's 20 000 roubles, once November is over: 0.125, not cheap
        SalesDesk.CheapOrders whole = desk.sales().cheapOrders(november, NOVEMBER_OVER);
        assertThat(whole.share()).isEqualTo(1);
        assertThat(whole.orders()).isEmpty();
    }

    @Test
    void aRepliedMessageCountsForTheIssuesClient() {
        var responses = host.backstop.responses();
        responses.issueCreated(new IssueFacts("WEB-1", "Client request", null, "ivanova", "acme"), "client",
                at("2026-11-02T10:00"));
        responses.commentAdded(new IssueFacts("WEB-1", "Client request", null, "ivanova", "acme"), "ivanova", false,
                at("2026-11-02T10:20"));
        invoice("ACME-11", "acme", 20_000, "2026-11-01", "ivanova", "minimal-support"); // 200 roubles

        assertThat(desk.sales().cheapOrders(YearMonth.of(2026, 11), NOVEMBER_OVER).orders()).singleElement()
                .satisfies(o -> assertThat(o.load().operations()).containsEntry("client-question", 1L));
    }

    @Test
    void aManagersHardStepAgainstALargeClientWaitsForTheHead() {
        invoice("BIG-1", "bigco", 60_000_000, "2026-06-01", "petrova", "seo"); // 600 000 roubles in 12 months
        invoice("SMALL-1", "small", 1_000_000, "2026-06-01", "petrova", "seo");

        var call = desk.debt().takeDunningStep("bigco", DunningAction.CALL, "petrova", at("2026-11-20T10:00"));
        var letter = desk.debt().takeDunningStep("bigco", DunningAction.CLAIM_LETTER, "petrova", at("2026-11-20T11:00"));
        var smallLetter = desk.debt().takeDunningStep("small", DunningAction.CLAIM_LETTER, "petrova", at("2026-11-20T11:00"));
        var headsLetter = desk.debt().takeDunningStep("bigco", DunningAction.SUSPEND_WORK, "head", at("2026-11-20T12:00"));

        assertThat(call.status()).isEqualTo(StoredDunningStep.Status.TAKEN);
        assertThat(letter.status()).isEqualTo(StoredDunningStep.Status.PENDING);
        assertThat(letter.reason()).contains("needs the head's approval");
        assertThat(smallLetter.status()).isEqualTo(StoredDunningStep.Status.TAKEN);
        assertThat(headsLetter.status()).isEqualTo(StoredDunningStep.Status.TAKEN);
        assertThatThrownBy(() -> desk.debt().takeDunningStep("bigco", DunningAction.CLAIM_LETTER, "petrova",
                at("2026-11-21T10:00"))).extracting("field").isEqualTo("action");
        assertThatThrownBy(() -> desk.debt().decideDunningStep(letter.id(), true, "petrova", at("2026-11-20T13:00")))
                .isInstanceOf(Refused.class);

        var approved = desk.debt().decideDunningStep(letter.id(), true, "head", at("2026-11-20T13:00"));

        assertThat(approved.status()).isEqualTo(StoredDunningStep.Status.APPROVED);
        assertThat(approved.decidedBy()).contains("head");
        assertThatThrownBy(() -> desk.debt().decideDunningStep(letter.id(), false, "head", at("2026-11-20T14:00")))
                .isInstanceOf(AlreadyDecided.class).hasMessage("already APPROVED");
        assertThat(desk.debt().dunningSteps(at("2026-11-20T00:00"), at("2026-11-21T00:00"), Optional.of("ivanova")))
                .isEmpty();
        assertThat(desk.debt().dunningSteps(at("2026-11-20T00:00"), at("2026-11-21T00:00"), Optional.of("petrova")))
                .hasSize(4);
    }

    @Test
    void aPastPeriodStillSeesAnInvoiceThatWasPaidAfterIt() {
        invoice("OCT", "acme", 1_000_000, "2026-09-01", "ivanova", "seo"); // due 2026-09-11
        desk.debt().recordPayment(new Payment("OCT", 1_000_000, LocalDate.parse("2026-11-10")));

        var october = desk.debt().debtors(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31"), Optional.empty());
        var november = desk.debt().debtors(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), Optional.empty());

        assertThat(october.debtors()).extracting(DebtDesk.Debtor::client).containsExactly("acme");
        assertThat(october.total().overdue()).isEqualTo(1_000_000);
        assertThat(november.debtors()).isEmpty();
    }

    @Test
    void stepSixDatesInvoicesSettledBeforeIt() {
        var store = TestHost.memoryDatabase();
        Schema.STEPS.get(0).apply(store);
        Schema.STEPS.get(1).apply(store);
        new SettingStore(store).write("schema.version", "2");
        ReceivableStore results = new ReceivableStore(store);
        results.addReceivable(new Receivable("R", "acme", 100, LocalDate.parse("2026-09-01"),
                LocalDate.parse("2026-09-10")), Optional.empty(), Optional.empty());
        results.addPayment(new Payment("R", 40, LocalDate.parse("2026-09-05")));
        results.addPayment(new Payment("R", 60, LocalDate.parse("2026-10-07")));
        var row = store.find(ReceivableEntity.class, Query.select())[0];
        row.setSettledOn(null);
        row.save();

        Schema.upgrade(store);

        assertThat(store.find(ReceivableEntity.class, Query.select())[0].getSettledOn())
                .isEqualTo("2026-10-07");
    }

    @Test
    void theDigestShowsOpenWorkAndLastContactsOfIssuesTheReaderMayBrowse() {
        var responses = host.backstop.responses();
        IssueFacts late = new IssueFacts("WEB-1", "Client request", null, "ivanova", "acme");
        IssueFacts hidden = new IssueFacts("WEB-2", "Client request", null, "petrova", "acme");
        IssueFacts done = new IssueFacts("WEB-3", "Client request", null, "ivanova", "acme");
        host.tracker.issues.put("WEB-1", new TrackedIssue("New banner", Optional.of(LocalDate.parse("2026-11-20"))));
        host.tracker.issues.put("WEB-2", new TrackedIssue("Secret", Optional.empty()));
        host.tracker.issues.put("WEB-3", new TrackedIssue("Old job", Optional.empty()));
        responses.issueCreated(late, "client", at("2026-11-02T10:00"));
        responses.commentAdded(late, "ivanova", false, at("2026-11-02T10:30"));
        responses.issueCreated(hidden, "client", at("2026-11-03T10:00"));
        responses.issueCreated(done, "client", at("2026-11-04T10:00"));
        responses.issueResolved("WEB-3", at("2026-11-04T11:00"));

        var digest = desk.digest().digest("acme", LocalDate.parse("2026-11-27"), issue -> !issue.equals("WEB-2"),
                Optional.empty());

        assertThat(digest.openWork()).singleElement().satisfies(w -> {
            assertThat(w.issue().summary()).isEqualTo("New banner");
            assertThat(w.daysLate()).isEqualTo(7);
            assertThat(w.issue().assignee()).isEqualTo("ivanova");
        });
        assertThat(digest.warnings()).contains(Warning.BROKEN_PROMISE);
        assertThat(digest.lastContacts()).extracting(c -> c.issue().orElseThrow())
                .containsExactly("WEB-3", "WEB-1", "WEB-1");
        assertThat(digest.lastContacts()).extracting(c -> c.by()).containsExactly("client", "ivanova", "client");
    }
}
