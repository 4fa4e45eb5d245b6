package io.backstop.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.debt.Ledger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The digest holds only the client's items, late work first, the newest contacts; a late promise always warns. */
class ClientDigestPropertyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final Instant NOW = Instant.parse("2026-03-20T07:00:00Z");

    @Provide
    Arbitrary<List<IssueFact>> issues() {
        return Combinators.combine(Arbitraries.integers().between(1, 999), Arbitraries.of("alfa", "beta"),
                        Arbitraries.of(true, false), Arbitraries.integers().between(-20, 20).injectNull(0.3),
                        Arbitraries.integers().between(0, 1000))
                .as((n, client, open, promised, hours) -> new IssueFact("WEB-" + n, client, "", open,
                        Optional.ofNullable(promised).map(TODAY::plusDays), "anna", NOW.minusSeconds(3600L * hours)))
                .list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<List<Contact>> contacts() {
        return Combinators.combine(Arbitraries.of("alfa", "beta"), Arbitraries.integers().between(0, 100_000))
                .as((client, minutes) -> new Contact(client, NOW.minusSeconds(60L * minutes), "anna", "call",
                        Optional.empty(), ""))
                .list().ofMaxSize(20);
    }

    @Property(tries = 200)
    void onlyTheClientsItemsInReadingOrder(@ForAll("issues") List<IssueFact> issues,
                                           @ForAll("contacts") List<Contact> contacts) {
        ClientDigest d = ClientDigest.of("alfa", TODAY, issues, contacts, List.of(), new Ledger(List.of(), List.of()),
                List.of());
        assertThat(d.openWork()).allMatch(w -> w.issue().client().equals("alfa") && w.issue().open());
        assertThat(d.openWork()).hasSize((int) issues.stream().filter(i -> i.client().equals("alfa") && i.open()).count());
        for (int i = 1; i < d.openWork().size(); i++) {
            assertThat(d.openWork().get(i).daysLate()).isLessThanOrEqualTo(d.openWork().get(i - 1).daysLate());
        }
        assertThat(d.warnings().contains(Warning.BROKEN_PROMISE)).isEqualTo(d.openWork().stream().anyMatch(OpenWork::late));
        assertThat(d.lastContacts()).hasSizeLessThanOrEqualTo(ClientDigest.LAST_CONTACTS)
                .allMatch(c -> c.client().equals("alfa"));
        List<Instant> all = contacts.stream().filter(c -> c.client().equals("alfa")).map(Contact::at)
                .sorted(Comparator.reverseOrder()).limit(ClientDigest.LAST_CONTACTS).toList();
        assertThat(d.lastContacts()).extracting(Contact::at).containsExactlyElementsOf(all);
    }
}
