package io.backstop.sandbox.demo.life;

import io.backstop.app.results.ResultsDesk;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.results.sales.StoredOffer;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import io.backstop.core.norms.NormCatalog;
import io.backstop.core.upsell.Adjacency;
import io.backstop.core.upsell.Campaign;
import io.backstop.core.upsell.Offer;
import io.backstop.core.upsell.OfferStatus;
import io.backstop.core.upsell.Services;
import io.backstop.sandbox.demo.DemoClient;
import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoHistory;
import io.backstop.sandbox.demo.DemoService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo department's results, recorded through {@link ResultsDesk} as they would have been: the settings, the
 * work done ({@link DemoWork}), three months of invoices and payments with a large debtor 61-90 days overdue,
 * offers with a campaign to call, complaints ({@link DemoComplaints}: open ones in the head's lane, closed and
 * unflagged ones with their reasons in the director's log) and a claim letter waiting for the head. Sidorova was
 * hired two months ago and was given the quiet accounts ({@link io.backstop.sandbox.demo.DemoTraffic#NEWCOMER_LOAD});
 * with no other work topping her up she is visibly below even the newcomer band.
 */
final class DemoResults {

    static final String CAMPAIGN = "direct-after-seo";

    private DemoResults() {
    }

    static void seed(ResultsDesk results, DemoHistory history, Instant now) {
        ZoneId zone = history.zone();
        LocalDate today = now.atZone(zone).toLocalDate();
        Random random = new Random(history.seed() ^ 0x5E5017L);
        results.replaceSettings(settings(today));
        DemoWork.longHistory(results, history, today);
        DemoWork.operations(results, history, today);
        invoices(results, history, today, random);
        offers(results, history, now, random);
        DemoComplaints.seed(results.complaints(), history, now, random);
        dunning(results, history, now);
        DemoWork.callsOfTheCheapestClient(results, history, now);
    }

    private static ResultsSettings settings(LocalDate today) {
        ResultsSettings d = ResultsSettings.departmentDefault();
        return new ResultsSettings(withInstructions(d.catalog()), d.adjacency(), d.ramp(),
                Map.of(DemoDepartment.SIDOROVA, DemoDepartment.newcomerHired(today),
                        DemoDepartment.IVANOVA, LocalDate.of(2021, 3, 1), DemoDepartment.PETROVA, LocalDate.of(2023, 9, 4)),
                d.weights(), d.ladder(), d.largeClientKopecks(), d.cheapThreshold(),
                List.of(new Campaign(CAMPAIGN, Services.SEO, Services.DIRECT)), 300_000_00L, 60);
    }





    /** Where a newcomer learns the commonest operations: the department wiki and answer-library entries. */
    private static NormCatalog withInstructions(NormCatalog catalog) {
        Map<String, String> instructions = Map.of(
                "client-question", "https://wiki.example.com/support/answering-questions",
                "monthly-report-explanation", "https://wiki.example.com/support/monthly-report",
                "small-job-estimate", "library:estimate-template",
                "incoming-call", "https://wiki.example.com/support/phone",
                "long-letter", "library:spec-questions");
        NormCatalog result = catalog;
        for (var op : catalog.operations()) {
            if (instructions.containsKey(op.code())) {
                result = result.with(op.withInstruction(instructions.get(op.code())));
            }
        }
        return result;
    }

    /**
     * Three months of monthly invoices (issued on the 1st, due on the 10th) for each client's first service,
     * mostly paid on time; a few recent ones unpaid; the largest client owes two months 61-90 days overdue.
     */
    private static void invoices(ResultsDesk results, DemoHistory history, LocalDate today, Random random) {
        DemoClient largest = history.clients().stream()
                .max(Comparator.comparingInt(DemoClient::monthlyRoubles)).orElseThrow();
        LocalDate bigDue = today.minusDays(75);
        for (int k = 0; k < 2; k++) {
            LocalDate due = bigDue.plusDays(k * 5L);
            Receivable big = new Receivable("DEMO-BIG-" + (k + 1), largest.name(), 380_000_00L, due.minusDays(10), due);
            results.debt().recordReceivable(big, Optional.of(largest.manager()), Optional.of(code(largest.services().get(0))));
        }
        for (int back = 3; back >= 0; back--) {
            LocalDate issued = today.minusMonths(back).withDayOfMonth(1);
            LocalDate due = issued.plusDays(9);
            for (int c = 0; c < history.clients().size(); c++) {
                DemoClient client = history.clients().get(c);
                if (client == largest && back < 3) {
                    continue;
                }
                for (DemoService service : client.services()) {
                    long amount = Math.max(500, client.monthlyRoubles() / client.services().size()) * 100L;
                    String ref = "DEMO-" + issued.getYear() + String.format("%02d", issued.getMonthValue()) + "-" + c
                            + "-" + service.ordinal();
                    results.debt().recordReceivable(new Receivable(ref, client.name(), amount, issued, due),
                            Optional.of(client.manager()), Optional.of(code(service)));
                    boolean late = random.nextDouble() < (back <= 1 ? 0.12 : 0.02);
                    LocalDate paidOn = due.minusDays(random.nextInt(8));
                    if (!late && !paidOn.isAfter(today)) {
                        results.debt().recordPayment(new Payment(ref, amount, paidOn.isBefore(issued) ? issued : paidOn));
                    }
                }
            }
        }
    }

    /**
     * Offers along the adjacency table: ivanova offers most and sells some, sidorova offers little; every other one
     * made this month, the rest (and every accepted one) last month.
     */
    private static void offers(ResultsDesk results, DemoHistory history, Instant now, Random random) {
        Map<String, int[]> plan = Map.of(DemoDepartment.IVANOVA, new int[] {9, 3},
                DemoDepartment.PETROVA, new int[] {6, 1}, DemoDepartment.SIDOROVA, new int[] {2, 0});
        var table = ResultsSettings.departmentDefault().adjacency();
        Map<String, List<DemoClient>> byManager = history.clients().stream()
                .collect(Collectors.groupingBy(DemoClient::manager));
        DemoClient cheapest = history.clients().stream().min(Comparator.comparingInt(DemoClient::monthlyRoubles))
                .orElseThrow();
        for (String manager : List.of(DemoDepartment.IVANOVA, DemoDepartment.PETROVA, DemoDepartment.SIDOROVA)) {
            List<DemoClient> clients = byManager.getOrDefault(manager, List.of());
            int[] counts = plan.get(manager);
            for (int i = 0; i < counts[0] && i < clients.size(); i++) {
                DemoClient client = clients.get((i * 7) % clients.size());
                Set<String> has = client.services().stream().map(DemoResults::code).collect(Collectors.toSet());
                String basis = code(client.services().get(0));
                Optional<Adjacency> next = table.from(basis).stream().filter(a -> !has.contains(a.to())).findFirst();
                if (next.isEmpty()) {
                    continue;
                }
                // an accepted offer is last month's, so that its invoice (two days on) is out by today (issue 17)
                Instant at = i % 2 == 0 && i >= counts[1] ? DemoMoments.thisMonth(history, now, random)
                        : DemoMoments.lastMonth(history, now, random);
                StoredOffer offer = results.sales().recordOffer(new Offer("WEB-" + (1 + random.nextInt(
                        Math.max(1, history.nextIssueNumber() - 1))), client.name(), basis, next.get().to(),
                        OfferStatus.PRESENTED, 15_000_00L, manager, at));
                if (i < counts[1]) {
                    results.sales().answerOffer(offer.id(), OfferStatus.ACCEPTED);
                    sold(results, offer, client, cheapest, at.atZone(history.zone()).toLocalDate(),
                            now.atZone(history.zone()).toLocalDate());
                } else if (i % 2 == 1) {
                    results.sales().answerOffer(offer.id(), OfferStatus.DECLINED);
                }
            }
        }
    }

    /**
     * Issue 17: an accepted offer is sold only by an invoice, so the demo invoices each accepted one two days later
     * (unless that is still ahead), paid the same day: the head's screens show sold offers with roubles, no new debt.
     * Not the cheapest client's: their order stays the cheap one the head's screen shows ({@link DemoWork}).
     */
    private static void sold(ResultsDesk results, StoredOffer stored, DemoClient client, DemoClient cheapest,
                             LocalDate offered, LocalDate today) {
        LocalDate issued = offered.plusDays(2);
        if (client == cheapest || issued.isAfter(today)) {
            return; // not invoiced: an accepted offer that has not sold
        }
        Offer offer = stored.offer();
        String ref = "DEMO-SALE-" + stored.id();
        results.debt().recordReceivable(new Receivable(ref, offer.client(), offer.amountKopecks(), issued,
                issued.plusDays(9)), Optional.of(client.manager()), Optional.of(offer.service()));
        results.debt().recordPayment(new Payment(ref, offer.amountKopecks(), issued));
    }

    /**
     * The largest debtor's manager called two days ago (a soft step, taken) and asked yesterday to send a claim
     * letter, which the guard for large clients holds for the head.
     */
    private static void dunning(ResultsDesk results, DemoHistory history, Instant now) {
        DemoClient largest = history.clients().stream()
                .max(Comparator.comparingInt(DemoClient::monthlyRoubles)).orElseThrow();
        results.debt().takeDunningStep(largest.name(), DunningAction.CALL, largest.manager(), now.minus(Duration.ofDays(2)));
        results.debt().takeDunningStep(largest.name(), DunningAction.CLAIM_LETTER, largest.manager(),
                now.minus(Duration.ofDays(1)));
    }


    static String code(DemoService service) {
        return switch (service) {
            case SITE_SUPPORT -> Services.SITE_SUPPORT;
            case SEO -> Services.SEO;
            case YANDEX_DIRECT -> Services.DIRECT;
            case DEVELOPMENT -> Services.DEVELOPMENT;
            case HOSTING -> Services.HOSTING;
        };
    }
}
