package io.backstop.app.results.norms;

import io.backstop.app.library.LibraryEntryEntity;
import io.backstop.app.results.complaints.ComplaintStore;
import io.backstop.app.results.complaints.StoredComplaint;
import io.backstop.app.results.debt.DunningStore;
import io.backstop.app.results.debt.StoredDunningStep;
import io.backstop.app.results.sales.OfferStore;
import io.backstop.app.results.sales.StoredOffer;
import io.backstop.app.store.EntityStore;
import io.backstop.core.complaint.Change;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.library.EntryState;
import io.backstop.core.norms.NormCatalog;
import io.backstop.core.norms.NormRules;
import io.backstop.core.upsell.OfferStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.java.ao.Query;

/**
 * Work credited from its own record rather than typed in (issue 17): derived when norm-hours are read, from the
 * other areas' stores, which this only reads. Nothing is stored twice, and the operations credited here are refused
 * on the manual form ({@link NormRules#automaticOnly}), so nothing counts twice:
 * <ul>
 *   <li>an offer the client answered (accepted or declined): {@value NormRules#OFFER} for whoever made it, on the
 *       day it was presented; once per issue and service, so repeating an offer earns nothing more; an offer never
 *       answered earns nothing;</li>
 *   <li>a dunning {@code CALL} step taken (or approved): {@value NormRules#DUNNING_CALL} for its taker;</li>
 *   <li>an answer-library entry added and not merged into another: {@value NormRules#LIBRARY_ENTRY} for its
 *       author;</li>
 *   <li>a complaint closed: {@value NormRules#COMPLAINT} for whoever closed it, once per complaint (its first
 *       closing; reopening and closing again earns nothing).</li>
 * </ul>
 * Each earns the catalogue's current minutes; a code the catalogue lacks earns nothing.
 */
final class AutomaticCredits {

    private final EntityStore store;
    private final OfferStore offers;
    private final DunningStore dunning;
    private final ComplaintStore complaints;

    AutomaticCredits(EntityStore store) {
        this.store = store;
        this.offers = new OfferStore(store);
        this.dunning = new DunningStore(store);
        this.complaints = new ComplaintStore(store);
    }

    /** The credited rows of days in {@code [from, to]}, of one person or everybody. */
    List<OperationDay> credits(LocalDate from, LocalDate to, Optional<String> person, ZoneId zone,
                               NormCatalog catalog) {
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        Tally tally = new Tally(zone, person);
        Set<String> offered = new HashSet<>();
        for (StoredOffer stored : offers.offers(start, end, person)) {
            var offer = stored.offer();
            if (offer.status() != OfferStatus.PRESENTED
                    && offered.add(offer.by() + "|" + offer.issue() + "|" + offer.service())) {
                tally.add(offer.by(), offer.at(), NormRules.OFFER);
            }
        }
        for (StoredDunningStep step : dunning.dunningSteps(start, end)) {
            if (step.action() == DunningAction.CALL && !step.at().isBefore(start) && step.at().isBefore(end)
                    && (step.status() == StoredDunningStep.Status.TAKEN
                    || step.status() == StoredDunningStep.Status.APPROVED)) {
                tally.add(step.by(), step.at(), NormRules.DUNNING_CALL);
            }
        }
        for (LibraryEntryEntity entry : store.find(LibraryEntryEntity.class, Query.select()
                .where("CREATED_AT >= ? AND CREATED_AT < ? AND STATE <> ?", start.toEpochMilli(), end.toEpochMilli(),
                        EntryState.MERGED.name()))) {
            tally.add(entry.getAuthor(), Instant.ofEpochMilli(entry.getCreatedAt()), NormRules.LIBRARY_ENTRY);
        }
        for (StoredComplaint stored : complaints.actedOnSince(start)) {
            stored.complaint().history().stream().filter(c -> c.action() == ComplaintAction.CLOSE).findFirst()
                    .filter(c -> c.at().isBefore(end) && !c.at().isBefore(start))
                    .ifPresent((Change c) -> tally.add(c.by(), c.at(), NormRules.COMPLAINT));
        }
        return tally.rows(catalog);
    }

    /** Counts per person, day and operation. */
    private static final class Tally {
        private final ZoneId zone;
        private final Optional<String> person;
        private final Map<String, Long> counts = new TreeMap<>();

        Tally(ZoneId zone, Optional<String> person) {
            this.zone = zone;
            this.person = person;
        }

        void add(String who, Instant at, String operation) {
            if (who != null && person.map(who::equals).orElse(true)) {
                counts.merge(who + "\n" + at.atZone(zone).toLocalDate() + "\n" + operation, 1L, Long::sum);
            }
        }

        List<OperationDay> rows(NormCatalog catalog) {
            List<OperationDay> rows = new ArrayList<>();
            counts.forEach((key, count) -> {
                String[] parts = key.split("\n");
                catalog.find(parts[2]).ifPresent(op -> rows.add(new OperationDay(parts[0], LocalDate.parse(parts[1]),
                        parts[2], count, count * op.standardMinutes())));
            });
            return rows;
        }
    }
}
