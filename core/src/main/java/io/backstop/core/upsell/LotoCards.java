package io.backstop.core.upsell;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** The department's offer checklists, one per service, and how well they are covered. */
public final class LotoCards {

    private final Map<String, LotoCard> byService = new LinkedHashMap<>();

    public LotoCards(List<LotoCard> cards) {
        List<LotoCard> list = Check.list(cards, "cards");
        for (int i = 0; i < list.size(); i++) {
            if (byService.putIfAbsent(list.get(i).service(), list.get(i)) != null) {
                throw Check.invalid("cards[" + i + "].service", Problem.of("error.input.listedTwice",
                        list.get(i).service()));
            }
        }
    }

    /** Starting checklists that follow the default adjacency table; the head edits them. */
    public static LotoCards departmentDefault() {
        return new LotoCards(List.of(
                new LotoCard(Services.READY_SITE,
                        List.of(Services.SITE_SUPPORT, Services.HOSTING, Services.SEO, Services.DIRECT)),
                new LotoCard(Services.MINIMAL_SUPPORT, List.of(Services.SITE_SUPPORT)),
                new LotoCard(Services.SITE_SUPPORT, List.of(Services.SEO, Services.DIRECT, Services.DEVELOPMENT)),
                new LotoCard(Services.SEO, List.of(Services.DIRECT)),
                new LotoCard(Services.DIRECT, List.of(Services.SEO)),
                new LotoCard(Services.DEVELOPMENT, List.of(Services.SITE_SUPPORT, Services.HOSTING, Services.SEO))));
    }

    public List<LotoCard> cards() {
        return List.copyOf(byService.values());
    }

    public Optional<LotoCard> cardFor(String service) {
        return Optional.ofNullable(byService.get(service));
    }

    /** The offers a client of these services must hear: the union of their cards, minus what they already have. */
    public List<String> required(Collection<String> clientServices) {
        Check.list(clientServices, "clientServices");
        Set<String> required = new LinkedHashSet<>();
        for (String service : clientServices) {
            cardFor(service).ifPresent(card -> required.addAll(card.offers()));
        }
        required.removeAll(clientServices);
        return List.copyOf(required);
    }

    /** A client's coverage: a required offer counts as made once any offer of it reached the client. */
    public ClientCoverage coverage(String client, Collection<String> clientServices, Collection<Offer> offers) {
        Check.notBlank(client, "client");
        List<String> required = required(clientServices);
        Set<String> offered = new LinkedHashSet<>();
        Check.list(offers, "offers").stream().filter(o -> o.client().equals(client)).forEach(o -> offered.add(o.service()));
        List<String> made = required.stream().filter(offered::contains).toList();
        List<String> missing = required.stream().filter(s -> !offered.contains(s)).toList();
        return new ClientCoverage(client, required, made, missing);
    }

    /**
     * Each manager's coverage over the clients they lead ({@code managerOf}: client to manager). A client without
     * services requires nothing; clients missing from {@code managerOf} are not counted.
     */
    public SortedMap<String, Coverage> coverageByPerson(Map<String, String> managerOf,
                                                        Map<String, ? extends Collection<String>> servicesOf,
                                                        Collection<Offer> offers) {
        Check.notNull(managerOf, "managerOf");
        Check.notNull(servicesOf, "servicesOf");
        List<Offer> all = Check.list(offers, "offers");
        TreeMap<String, Coverage> byPerson = new TreeMap<>();
        managerOf.forEach((client, manager) -> {
            Collection<String> services = servicesOf.get(client);
            Coverage c = coverage(client, services == null ? List.of() : services, all).coverage();
            byPerson.merge(Check.notBlank(manager, "managerOf[" + client + "]"), c, Coverage::plus);
        });
        return Collections.unmodifiableSortedMap(byPerson);
    }
}
