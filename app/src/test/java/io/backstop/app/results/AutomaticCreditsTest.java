package io.backstop.app.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.library.LibraryStore;
import io.backstop.app.results.complaints.ComplaintStore;
import io.backstop.app.results.debt.DunningStore;
import io.backstop.app.results.debt.StoredDunningStep;
import io.backstop.app.results.sales.OfferStore;
import io.backstop.app.results.sales.StoredOffer;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.complaint.Change;
import io.backstop.core.complaint.Complaint;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.library.Entry;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Offers answered, dunning calls, library entries and closed complaints earn their catalogue operation for whoever
 * did them (issue 17, point 1), read from the other areas' stores, each once.
 */
class AutomaticCreditsTest {

    static final LocalDate MON = ManualOperationsTest.MON;

    TestHost host;
    ResultsDesk results;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(ResultsDeskTest.DEPARTMENT));
        results = host.backstop.results();
    }

    static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }

    private Map<String, Integer> operations(String person) {
        Map<String, Integer> counts = new TreeMap<>();
        results.norms().hotspots(MON, MON.plusDays(4), Optional.of(person))
                .forEach(t -> counts.put(t.operation(), (int) t.count()));
        return counts;
    }

    private StoredOffer offer(String issue, String service, String at) {
        return new OfferStore(host.store).addOffer(new Offer(issue, "Acme", "seo", service, OfferStatus.PRESENTED,
                1_200_000, "ivanova", at(at)));
    }

    @Test
    void anOfferEarnsOnlyOnceTheClientAnsweredIt() {
        OfferStore offers = new OfferStore(host.store);
        StoredOffer answered = offer("WEB-1", "context-ads", MON + "T11:00");
        offer("WEB-2", "smm", MON + "T11:30"); // recorded, never answered
        offers.setOfferStatus(answered.id(), OfferStatus.DECLINED);

        assertThat(operations("ivanova")).containsExactlyEntriesOf(Map.of("upsell-offer", 1));
        assertThat(results.norms().normHours(MON, MON, Optional.of("ivanova")).get(0).total().earnedMinutes())
                .isEqualTo(15);
    }

    @Test
    void anOfferRecordedButNeverAnsweredEarnsNothing() {
        offer("WEB-1", "context-ads", MON + "T11:00");
        offer("WEB-1", "smm", MON + "T11:05");
        assertThat(operations("ivanova")).isEmpty();
    }

    @Test
    void theSameOfferRepeatedOnAnIssueEarnsOnce() {
        OfferStore offers = new OfferStore(host.store);
        for (int i = 0; i < 5; i++) {
            offers.setOfferStatus(offer("WEB-1", "context-ads", MON + "T11:0" + i).id(), OfferStatus.DECLINED);
        }
        assertThat(operations("ivanova")).containsExactlyEntriesOf(Map.of("upsell-offer", 1));
    }

    @Test
    void aDunningCallTakenEarnsButAReminderOrAHeldStepDoesNot() {
        DunningStore dunning = new DunningStore(host.store);
        dunning.addDunningStep("Acme", DunningAction.CALL, "petrova", at(MON + "T12:00"),
                StoredDunningStep.Status.TAKEN, null);
        dunning.addDunningStep("Acme", DunningAction.REMINDER, "petrova", at(MON + "T12:10"),
                StoredDunningStep.Status.TAKEN, null);
        dunning.addDunningStep("Globex", DunningAction.CALL, "petrova", at(MON + "T12:20"),
                StoredDunningStep.Status.PENDING, null);
        dunning.addDunningStep("Initech", DunningAction.CALL, "petrova", at(MON + "T12:30"),
                StoredDunningStep.Status.REFUSED, null);
        assertThat(operations("petrova")).containsExactlyEntriesOf(Map.of("debt-call", 1));
    }

    @Test
    void aLibraryEntryEarnsForItsAuthor() {
        new LibraryStore(host.store).create(Entry.draft("Why is the site slow?", "Images were not compressed.",
                Optional.empty(), Optional.empty(), Optional.empty(), "petrova", List.of(), at(MON + "T15:00")),
                Optional.empty());
        assertThat(operations("petrova")).containsExactlyEntriesOf(Map.of("answer-library-entry", 1));
    }

    @Test
    void aComplaintClosedEarnsOnceForWhoeverClosedIt() {
        Instant flagged = at(MON + "T10:00");
        new ComplaintStore(host.store).addComplaint(new Complaint("c1", "Acme", "WEB-1", Optional.empty(), "ivanova",
                List.of(new Change(ComplaintAction.FLAG, "head", flagged, Optional.empty()),
                        new Change(ComplaintAction.CLOSE, "head", flagged.plusSeconds(3600), Optional.empty()),
                        new Change(ComplaintAction.REOPEN, "head", flagged.plusSeconds(3700), Optional.empty()),
                        new Change(ComplaintAction.CLOSE, "head", flagged.plusSeconds(3800), Optional.empty()))));
        assertThat(operations("head")).containsExactlyEntriesOf(Map.of("complaint-handling", 1));
    }
}
