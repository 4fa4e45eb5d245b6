package io.backstop.core.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.complaint.Actor;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.complaint.ComplaintRules;
import io.backstop.core.complaint.Ranks;
import io.backstop.core.complaint.Complaint;
import io.backstop.core.debt.AgingBucket;
import io.backstop.core.debt.Ledger;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One client across issues, sorted for a 15-second read. */
class ClientDigestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final Instant NOW = Instant.parse("2026-03-20T07:00:00Z");

    private static IssueFact issue(String key, String client, boolean open, LocalDate promised, int hoursAgo) {
        return new IssueFact(key, client, "work " + key, open, Optional.ofNullable(promised), "anna",
                NOW.minusSeconds(3600L * hoursAgo));
    }

    private static Offer offer(String client, String service, OfferStatus status, int daysAgo) {
        return new Offer("WEB-1", client, "site-support", service, status, 0, "sasha", NOW.minusSeconds(86_400L * daysAgo));
    }

    @Test
    void everythingAboutOneClientInReadingOrder() {
        List<IssueFact> issues = List.of(
                issue("WEB-1", "alfa", true, null, 1),
                issue("WEB-2", "alfa", true, TODAY.plusDays(3), 5),
                issue("WEB-3", "alfa", true, TODAY.minusDays(2), 5),    // two days late
                issue("WEB-4", "alfa", true, TODAY.minusDays(9), 5),    // nine days late
                issue("WEB-5", "alfa", true, TODAY, 5),                 // due today: not late
                issue("WEB-6", "alfa", false, TODAY.minusDays(30), 5),  // done
                issue("WEB-7", "alfa", true, null, 30),
                issue("WEB-8", "beta", true, TODAY.minusDays(20), 5));
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            contacts.add(new Contact("alfa", NOW.minusSeconds(86_400L * i), "anna", "message", Optional.empty(), "#" + i));
        }
        contacts.add(new Contact("beta", NOW, "boris", "call", Optional.empty(), "other client"));
        Complaint closed = ComplaintRules.apply(ComplaintRules.flag("C-1", "alfa", "WEB-1", Optional.empty(), "anna",
                Actor.staff("olga"), NOW.minusSeconds(900_000)), Actor.head("helen"), ComplaintAction.CLOSE,
                Optional.of("apologised"), NOW, Ranks.of(List.of()));
        Complaint newer = ComplaintRules.flag("C-3", "alfa", "WEB-3", Optional.of("5"), "anna", Actor.staff("olga"), NOW);
        Complaint older = ComplaintRules.flag("C-2", "alfa", "WEB-4", Optional.empty(), "anna", Actor.staff("olga"),
                NOW.minusSeconds(86_400));
        Ledger ledger = new Ledger(List.of(
                new Receivable("INV-1", "alfa", 30_000_00, TODAY.minusDays(60), TODAY.minusDays(45)),
                new Receivable("INV-2", "alfa", 10_000_00, TODAY.minusDays(5), TODAY.plusDays(5)),
                new Receivable("INV-3", "beta", 99_000_00, TODAY.minusDays(200), TODAY.minusDays(190))),
                List.of(new Payment("INV-1", 10_000_00, TODAY.minusDays(10))));
        List<Offer> offers = List.of(offer("alfa", "seo", OfferStatus.DECLINED, 40),
                offer("alfa", "direct", OfferStatus.PRESENTED, 3), offer("alfa", "banner", OfferStatus.ACCEPTED, 1),
                offer("beta", "seo", OfferStatus.PRESENTED, 1));

        ClientDigest d = ClientDigest.of("alfa", TODAY, issues, contacts, List.of(newer, closed, older), ledger, offers);

        assertThat(d.warnings()).containsExactly(Warning.OPEN_COMPLAINT, Warning.OVERDUE_DEBT, Warning.BROKEN_PROMISE);
        assertThat(d.openComplaints()).extracting(Complaint::id).containsExactly("C-2", "C-3");
        assertThat(d.debt()).isEqualTo(new DebtSummary(30_000_00, 20_000_00, 45, Optional.of(AgingBucket.DAYS_31_60)));
        assertThat(d.openWork()).extracting(w -> w.issue().issue())
                .containsExactly("WEB-4", "WEB-3", "WEB-5", "WEB-2", "WEB-1", "WEB-7");
        assertThat(d.openWork().get(0).daysLate()).isEqualTo(9);
        assertThat(d.openWork().get(2).late()).isFalse();
        assertThat(d.lastContacts()).extracting(Contact::summary).containsExactly("#0", "#1", "#2", "#3", "#4");
        assertThat(d.offers()).extracting(Offer::service).containsExactly("direct", "banner", "seo");
    }

    @Test
    void aQuietClientHasNoWarnings() {
        ClientDigest d = ClientDigest.of("calm", TODAY, List.of(issue("WEB-9", "calm", true, TODAY.plusDays(1), 1)),
                List.of(), List.of(), new Ledger(List.of(), List.of()), List.of());
        assertThat(d.warnings()).isEmpty();
        assertThat(d.debt()).isEqualTo(DebtSummary.NONE);
        assertThat(d.openWork()).hasSize(1);
        assertThat(d.lastContacts()).isEmpty();
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> ClientDigest.of(" ", TODAY, List.of(), List.of(), List.of(),
                new Ledger(List.of(), List.of()), List.of())).hasMessage("client: must not be blank");
        assertThatThrownBy(() -> new IssueFact("W-1", "a", "s", true, null, "anna", NOW))
                .hasMessage("promisedOn: must not be null");
        assertThatThrownBy(() -> new Contact("a", NOW, "anna", " ", Optional.empty(), ""))
                .hasMessage("channel: must not be blank");
    }
}
