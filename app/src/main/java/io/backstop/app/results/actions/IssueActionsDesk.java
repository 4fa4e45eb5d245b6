package io.backstop.app.results.actions;

import io.backstop.app.response.ResponseViews;
import io.backstop.app.response.StoredClock;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.debt.DebtDesk;
import io.backstop.app.results.debt.DunningChoice;
import io.backstop.app.results.sales.SalesDesk;
import io.backstop.app.results.sales.StoredOffer;
import io.backstop.core.complaint.Actor;
import io.backstop.core.complaint.Rank;
import io.backstop.core.norms.Operation;
import io.backstop.core.staff.Person;
import io.backstop.core.upsell.Adjacency;
import io.backstop.core.upsell.LotoCard;
import io.backstop.core.validation.Check;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the issue panel's action forms offer one person on one issue (issue 16, point 4): the issue's client and
 * owner, the department's people, the norm catalogue, the services and the client's own, the offers made on the
 * issue, the client's debt and which dunning steps the guard would hold. It only reads: each form writes through the
 * REST call that records the same thing ({@code POST results/complaints}, {@code offers}, {@code offers/{id}/answer},
 * {@code operations}, {@code dunning}), under that call's rules.
 */
public final class IssueActionsDesk {

    private final ResultsContext context;
    private final SalesDesk sales;
    private final DebtDesk debt;
    private final ResponseViews views;

    public IssueActionsDesk(ResultsContext context, SalesDesk sales, DebtDesk debt, ResponseViews views) {
        this.context = context;
        this.sales = sales;
        this.debt = debt;
        this.views = views;
    }

    /**
     * The forms' choices.
     *
     * @param client         the issue's client; empty for an issue without one (nothing to offer, dun or complain of)
     * @param owner          the issue's owner: the client's home manager, whom a complaint is about unless someone
     *                       else is named
     * @param nameOthers     whether the person may name someone else than the owner in a complaint: the head or the
     *                       director (their rank in complaints), never a plain member of staff
     * @param clientServices the client's services (invoiced in the last 12 months): what an offer builds on
     * @param offers         the offers made on the issue that the person may see
     * @param debt           what the client owes now; empty without a client
     * @param dunning        each dunning step as the person would take it: refused and why, or held for the head
     */
    public record Choices(String issue, Optional<String> client, String owner, boolean nameOthers, List<Person> people,
                          List<Operation> operations, SortedSet<String> services, SortedSet<String> clientServices,
                          List<Adjacency> adjacency, List<StoredOffer> offers, Optional<DebtDesk.ClientDebt> debt,
                          List<DunningChoice> dunning) {
    }

    /**
     * The choices of {@code person} on {@code issue} at {@code now}; empty when Backstop keeps no clock for it.
     *
     * @param offersBy whose offers the person sees: empty for everybody's (the head), else their own
     */
    public Optional<Choices> choices(String issue, String person, Optional<String> offersBy, Instant now) {
        Check.notBlank(issue, "issue");
        Optional<StoredClock> stored = views.clock(issue);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> client = Optional.ofNullable(stored.get().client()).filter(c -> !c.isBlank());
        LocalDate today = now.atZone(context.zone()).toLocalDate();
        ResultsSettings settings = context.settings();
        SortedSet<String> clientServices = client.map(c -> sales.servicesOf(c, today)).orElseGet(TreeSet::new);
        SortedSet<String> services = new TreeSet<>(clientServices);
        settings.adjacency().rows().forEach(a -> {
            services.add(a.from());
            services.add(a.to());
        });
        for (LotoCard card : settings.lotoCards().cards()) {
            services.add(card.service());
            services.addAll(card.offers());
        }
        boolean nameOthers = context.current().person(person).map(p -> Actor.of(p).rank() != Rank.STAFF)
                .orElse(false);
        return Optional.of(new Choices(issue, client, stored.get().clock().owner(), nameOthers,
                context.current().people(), settings.catalog().operations(), services, clientServices,
                settings.adjacency().rows(), sales.offersOn(issue, offersBy),
                client.map(c -> debt.clientDebt(c, today)),
                client.map(c -> debt.dunningChoices(c, person, now)).orElse(List.of())));
    }
}
