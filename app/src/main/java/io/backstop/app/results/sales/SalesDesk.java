package io.backstop.app.results.sales;

import io.backstop.app.port.Locks;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.debt.DebtDesk;
import io.backstop.app.results.debt.ReceivableStore;
import io.backstop.app.results.debt.StoredReceivable;
import io.backstop.app.store.EntityStore;
import io.backstop.core.hotspot.CheapOrder;
import io.backstop.core.hotspot.Hotspots;
import io.backstop.core.hotspot.MonthToDate;
import io.backstop.core.hotspot.OperationTime;
import io.backstop.core.hotspot.OrderLoad;
import io.backstop.core.norms.Operation;
import io.backstop.core.upsell.CallList;
import io.backstop.core.upsell.CallOutcome;
import io.backstop.core.upsell.Campaign;
import io.backstop.core.upsell.ClientCoverage;
import io.backstop.core.upsell.Coverage;
import io.backstop.core.upsell.LotoCards;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Selling more: offers and their answers, conversion and points per person, a campaign's call list, the loto
 * cards' coverage and the cheap orders (what a client's requests cost against what their orders bring).
 */
public final class SalesDesk {

    private final ResultsContext context;
    private final OfferStore offerStore;
    private final ReceivableStore receivableStore;
    /** Per client, the operations done for them in a month (norms' records; given, so sales and norms stay apart). */
    private final Function<YearMonth, Map<String, Map<String, Long>>> clientWork;
    private final CallLists callLists;
    private final UpsellResults upsellResults;
    private final CallNotes callNotes;
    private final MissingOffers missingOffers;
    private final Locks locks;

    public SalesDesk(ResultsContext context, EntityStore store, Locks locks, DebtDesk debt,
                     Function<YearMonth, Map<String, Map<String, Long>>> clientWork) {
        this.context = context;
        this.offerStore = new OfferStore(store);
        this.receivableStore = new ReceivableStore(store);
        this.clientWork = clientWork;
        this.callLists = new CallLists(context, store, debt);
        this.upsellResults = new UpsellResults(context, store);
        this.callNotes = new CallNotes(store);
        this.missingOffers = new MissingOffers(context, store);
        this.locks = locks;
    }

    public ResultsSettings settings() {
        return context.settings();
    }

    public ZoneId zone() {
        return context.zone();
    }

    /** The department's people by user name: who may be given a campaign's row to call. */
    public List<String> people() {
        return context.current().people().stream().map(io.backstop.core.staff.Person::name).sorted().toList();
    }

    /**
     * An offer made (presented, or already answered). It names its price: an offer "for nothing" would earn points
     * (accepted) and loto-card coverage with no sale behind it. Checked here, not in core's {@link Offer}, so that
     * rows stored before the rule still read.
     */
    public StoredOffer recordOffer(Offer offer) {
        Check.notNull(offer, "offer");
        if (offer.amountKopecks() <= 0) {
            throw Check.invalid("amountKopecks", Problem.of("error.sales.offerNamesPrice", offer.amountKopecks()));
        }
        context.knownPerson(offer.by(), "by");
        return offerStore.addOffer(offer);
    }

    /** The client's answer to a presented offer. */
    public StoredOffer answerOffer(int id, OfferStatus answer) {
        Check.notNull(answer, "status");
        if (answer == OfferStatus.PRESENTED) {
            throw Check.invalid("status", Problem.of("error.sales.answerAcceptedDeclined"));
        }
        return locks.withLock("results-offer:" + id, () -> {
            StoredOffer offer = offerStore.offer(id).orElseThrow(() -> Check.invalid("id", Problem.of("error.sales.offer", id)));
            if (offer.offer().status() != OfferStatus.PRESENTED) {
                throw Check.invalid("status", Problem.of("error.sales.offerWasAlready", id, offer.offer().status()));
            }
            return offerStore.setOfferStatus(id, answer);
        });
    }

    public Optional<StoredOffer> offer(int id) {
        return offerStore.offer(id);
    }

    /** The offers made on one issue, oldest first; of one person's only when {@code by} names them. */
    public List<StoredOffer> offersOn(String issue, Optional<String> by) {
        Check.notBlank(issue, "issue");
        return offerStore.offersOn(issue).stream().filter(o -> by.map(o.offer().by()::equals).orElse(true)).toList();
    }

    /**
     * A client's services on {@code on}: those invoiced in the 12 months up to that day, as the loto cards count
     * them (what an offer builds on).
     */
    public SortedSet<String> servicesOf(String client, LocalDate on) {
        return missingOffers.servicesOf(client, on);
    }

    /** The loto-card offers still missing for a client on {@code on}, and what their cards require (issue 17). */
    public ClientCoverage missingOffers(String client, LocalDate on) {
        return missingOffers.of(client, on);
    }

    /**
     * The offer checklists' coverage on {@code on}: a client's services are those invoiced in the 12 months up to
     * that day (their manager the one on the latest such invoice, {@code managerOf}), the offers those made in the
     * same window.
     */
    public record LotoCoverage(LocalDate on, SortedMap<String, Coverage> byManager, List<ClientCoverage> clients,
                               Map<String, String> managerOf) {

        public LotoCoverage {
            managerOf = Map.copyOf(managerOf);
        }
    }

    public LotoCoverage lotoCoverage(LocalDate on, Optional<String> manager) {
        Check.notNull(on, "on");
        LocalDate since = MissingOffers.windowStart(on);
        Map<String, Set<String>> services = new TreeMap<>();
        Map<String, String> managerOf = new TreeMap<>();
        for (StoredReceivable r : receivableStore.receivablesIssued(since, on)) {
            String client = r.receivable().client();
            r.service().ifPresent(s -> services.computeIfAbsent(client, c -> new TreeSet<>()).add(s));
            r.manager().ifPresent(m -> managerOf.put(client, m));
        }
        managerOf.keySet().retainAll(services.keySet());
        if (manager.isPresent()) {
            managerOf.values().removeIf(m -> !m.equals(manager.get()));
        }
        ZoneId zone = context.zone();
        List<Offer> offers = offerStore.offers(since.atStartOfDay(zone).toInstant(),
                on.plusDays(1).atStartOfDay(zone).toInstant(), Optional.empty()).stream()
                .map(StoredOffer::offer).toList();
        LotoCards cards = context.settings().lotoCards();
        List<ClientCoverage> clients = new ArrayList<>();
        managerOf.keySet().forEach(client -> clients.add(cards.coverage(client, services.get(client), offers)));
        return new LotoCoverage(on, cards.coverageByPerson(managerOf, services, offers), clients, managerOf);
    }

    /**
     * Cheap orders of {@code month}: per client, what the month's invoices brought against the norm time their
     * requests took (operations recorded for the client); those above the settings' threshold, worst first. A month
     * not over at {@code now} holds its norm time against the part of the fee its working time gone by is worth
     * ({@link MonthToDate}), so the figure means the same on the 4th as on the 30th.
     *
     * @param share the part of the month's fee the orders are held against: 1 for a month that is over
     */
    public record CheapOrders(YearMonth month, double threshold, double share, List<CheapOrder> orders,
                              List<OperationTime> where) {
    }

    public CheapOrders cheapOrders(YearMonth month, Instant now) {
        Check.notNull(month, "month");
        Check.notNull(now, "now");
        ResultsSettings settings = context.settings();
        double share = MonthToDate.share(context.current().calendar(), month, now);
        Map<String, Long> value = new TreeMap<>();
        Map<String, Set<String>> services = new TreeMap<>();
        for (StoredReceivable r : receivableStore.receivablesIssued(month.atDay(1), month.atEndOfMonth())) {
            value.merge(r.receivable().client(), r.receivable().amountKopecks(), Long::sum);
            services.computeIfAbsent(r.receivable().client(), c -> new TreeSet<>())
                    .add(r.service().orElse("unspecified"));
        }
        List<OrderLoad> loads = new ArrayList<>();
        clientWork.apply(month).forEach((client, counts) -> {
            long kopecks = Math.round(value.getOrDefault(client, 0L) * share);
            Map<String, Long> known = new TreeMap<>(counts);
            known.keySet().retainAll(settings.catalog().operations().stream().map(Operation::code).toList());
            if (kopecks > 0 && !known.isEmpty()) {
                loads.add(new OrderLoad(client + " " + month, client, String.join("+", services.get(client)),
                        kopecks, known));
            }
        });
        List<CheapOrder> cheap = Hotspots.cheapOrders(settings.catalog(), loads, settings.cheapThreshold());
        return new CheapOrders(month, settings.cheapThreshold(), share, cheap,
                Hotspots.onCheapOrders(settings.catalog(), cheap));
    }

    /**
     * The offers made in {@code [from, to)} (of {@code person} only when named), each with the invoice that sold it,
     * and each person's sales, roubles and points (issue 17).
     */
    public UpsellResults.Period upsells(Instant from, Instant to, Optional<String> person) {
        if (!to.isAfter(from)) {
            throw Check.invalid("to", Problem.of("error.input.afterFrom"));
        }
        return upsellResults.of(from, to, person);
    }

    public List<StoredOffer> offers(Instant from, Instant to, Optional<String> person) {
        return offerStore.offers(from, to, person);
    }

    /**
     * The head gives a row of today's call list to {@code caller} (anyone in the department). The client must be on
     * the list to call today.
     */
    public CampaignCalls assignCaller(String code, String client, String caller, String by, Instant now) {
        context.knownPerson(caller, "caller");
        LocalDate today = now.atZone(context.zone()).toLocalDate();
        onTodaysList(code, client, today, now);
        callNotes.add(code, client, CallNotes.CALLER, caller, by, now, today);
        return calls(code, today, now, Optional.empty());
    }

    /**
     * The outcome of a call on a row of today's list, recorded by {@code by}; the resource has checked that they
     * are the row's caller or the head.
     */
    public CampaignCalls recordOutcome(String code, String client, CallOutcome outcome, String by, Instant now) {
        Check.notNull(outcome, "outcome");
        LocalDate today = now.atZone(context.zone()).toLocalDate();
        onTodaysList(code, client, today, now);
        callNotes.add(code, client, CallNotes.OUTCOME, outcome.name(), by, now, today);
        return calls(code, today, now, Optional.empty());
    }

    private void onTodaysList(String code, String client, LocalDate today, Instant now) {
        Check.notBlank(client, "client");
        if (!calls(code, today, now, Optional.empty()).calls(client)) {
            throw Check.invalid("client", Problem.of("error.sales.todayCallList", client, code));
        }
    }

    /** A campaign's call list on a date, as {@link #calls} for everybody's clients. */
    public CallList callList(String code, LocalDate on, Instant now) {
        return calls(code, on, now, Optional.empty()).list();
    }

    /**
     * A campaign's call list on {@code on}, only {@code manager}'s clients when one is named; clients waiting for an
     * answer at {@code now} are skipped on a list for today or later.
     */
    public CampaignCalls calls(String code, LocalDate on, Instant now, Optional<String> manager) {
        Campaign campaign = context.settings().campaign(code)
                .orElseThrow(() -> Check.invalid("campaign", Problem.of("error.sales.campaignResultsSettings", code)));
        return callLists.callList(campaign, on, now, manager);
    }

    /** Every campaign of the settings, in their order, run on {@code on} as {@link #calls}. */
    public List<CampaignCalls> campaigns(LocalDate on, Instant now, Optional<String> manager) {
        List<CampaignCalls> runs = new ArrayList<>();
        for (Campaign campaign : context.settings().campaigns()) {
            runs.add(callLists.callList(campaign, on, now, manager));
        }
        return runs;
    }
}
