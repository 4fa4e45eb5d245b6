package io.backstop.core.digest;

import io.backstop.core.validation.Check;
import io.backstop.core.complaint.Complaint;
import io.backstop.core.debt.Aging;
import io.backstop.core.debt.Debt;
import io.backstop.core.debt.Ledger;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * One client across all their issues, in the order a salesperson reads it before a call (it used to take 15-30
 * minutes of history; this should take 15 seconds): warnings, open complaints, debt, open work, last contacts,
 * offers made.
 *
 * @param warnings most serious first (an {@link EnumSet}'s order)
 * @param openComplaints oldest first
 * @param openWork late promises first (latest most), then by promised date, then undated by last update
 * @param lastContacts the latest {@link #LAST_CONTACTS}, newest first
 * @param offers offers awaiting an answer first, then newest first: what not to offer twice
 */
public record ClientDigest(String client, LocalDate asOf, List<Warning> warnings, List<Complaint> openComplaints,
                           DebtSummary debt, List<OpenWork> openWork, List<Contact> lastContacts, List<Offer> offers) {

    public static final int LAST_CONTACTS = 5;

    public ClientDigest {
        warnings = List.copyOf(warnings);
        openComplaints = List.copyOf(openComplaints);
        openWork = List.copyOf(openWork);
        lastContacts = List.copyOf(lastContacts);
        offers = List.copyOf(offers);
    }

    /** Assembles the digest from everything known; other clients' items in the inputs are ignored. */
    public static ClientDigest of(String client, LocalDate asOf, Collection<IssueFact> issues,
                                  Collection<Contact> contacts, Collection<Complaint> complaints, Ledger ledger,
                                  Collection<Offer> offers) {
        Check.notBlank(client, "client");
        Check.notNull(asOf, "asOf");
        Check.notNull(ledger, "ledger");

        List<Complaint> open = Check.list(complaints, "complaints").stream()
                .filter(c -> c.client().equals(client) && c.isOpen())
                .sorted(Comparator.comparing(Complaint::flaggedAt).thenComparing(Complaint::id))
                .toList();

        Ledger own = ledger.of(client);
        Aging aging = own.aging(asOf);
        long maxDays = own.open(asOf).stream().mapToLong(Debt::daysOverdue).max().orElse(0);
        DebtSummary debt = new DebtSummary(aging.total(), aging.overdue(), maxDays, aging.worst());

        List<OpenWork> work = Check.list(issues, "issues").stream()
                .filter(i -> i.client().equals(client) && i.open())
                .map(i -> new OpenWork(i, i.promisedOn().map(p -> Math.max(0, asOf.toEpochDay() - p.toEpochDay()))
                        .orElse(0L)))
                .sorted(WORK_ORDER)
                .toList();

        List<Contact> last = Check.list(contacts, "contacts").stream()
                .filter(c -> c.client().equals(client))
                .sorted(Comparator.comparing(Contact::at).reversed())
                .limit(LAST_CONTACTS)
                .toList();

        List<Offer> made = Check.list(offers, "offers").stream()
                .filter(o -> o.client().equals(client))
                .sorted(Comparator.comparing((Offer o) -> o.status() != OfferStatus.PRESENTED)
                        .thenComparing(Offer::at, Comparator.reverseOrder()))
                .toList();

        EnumSet<Warning> warnings = EnumSet.noneOf(Warning.class);
        if (!open.isEmpty()) {
            warnings.add(Warning.OPEN_COMPLAINT);
        }
        if (debt.overdueKopecks() > 0) {
            warnings.add(Warning.OVERDUE_DEBT);
        }
        if (work.stream().anyMatch(OpenWork::late)) {
            warnings.add(Warning.BROKEN_PROMISE);
        }
        return new ClientDigest(client, asOf, List.copyOf(warnings), open, debt, work, last, made);
    }

    private static final Comparator<OpenWork> WORK_ORDER = Comparator
            .comparingLong(OpenWork::daysLate).reversed()
            .thenComparing(w -> w.issue().promisedOn().isEmpty())
            .thenComparing(w -> w.issue().promisedOn().orElse(LocalDate.MAX))
            .thenComparing(w -> w.issue().updated(), Comparator.reverseOrder())
            .thenComparing(w -> w.issue().issue());
}
