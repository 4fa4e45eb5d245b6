package io.backstop.app.results.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.app.access.Access;
import io.backstop.app.rest.Json;
import io.backstop.app.results.ResultsDesk;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.debt.DunningAction;
import io.backstop.core.debt.Payment;
import io.backstop.core.debt.Receivable;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, points 5 and 6: the scorecard tried by someone who wants to look good, through
 * {@code GET results/scorecard} as the head reads it. Each test failed on the code before issue 17 (the
 * receivables any payment against a fixed 300 000 roubles, the operator weighed on what he cannot earn, the 4th of
 * the month held to the whole month's output).
 *
 * <p>The department: Moscow, weekdays 09:00-13:00 and 14:00-18:00 (no holidays: November 2026 has 21 working
 * days); the targets the demo uses (collect 300 000 roubles, 60 upsell points).
 */
class HonestScorecardTest {

    private static final String DEPARTMENT = """
            {
              "calendar": {
                "zone": "Europe/Moscow",
                "week": { "MON": ["09:00-13:00", "14:00-18:00"], "TUE": ["09:00-13:00", "14:00-18:00"],
                          "WED": ["09:00-13:00", "14:00-18:00"], "THU": ["09:00-13:00", "14:00-18:00"],
                          "FRI": ["09:00-13:00", "14:00-18:00"] },
                "holidays": []
              },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true,
                          "answerWithin": "PT2H" },
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "office", "role": "OFFICE_MANAGER" },
                { "name": "ivanova", "role": "MANAGER", "deputies": ["petrova"] },
                { "name": "petrova", "role": "MANAGER" }
              ],
              "tick": "PT5M"
            }
            """;

    private final TestHost host = new TestHost();
    private final ResultsDesk results = host.backstop.results();
    private final Access head = new Access(() -> Optional.of("head"), new TestHost.OpenDirectory(),
            host.backstop.settings(), (user, issue) -> true);

    @BeforeEach
    void department() {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        results.replaceSettings(ResultsSettings.read("{\"targets\": {\"collectKopecks\": 30000000, \"upsellPoints\": 60}}"));
    }

    @AfterEach
    void close() {
        host.store.close();
    }

    private static Instant moscow(String dateTime) {
        return OffsetDateTime.parse(dateTime + ":00+03:00").toInstant();
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    /** GET results/scorecard?month as the head reads it at {@code now}. */
    private JsonNode scorecard(String month, String now) {
        return scorecard(month, now, null);
    }

    /** GET results/scorecard?month&person as the head reads it at {@code now}. */
    private JsonNode scorecard(String month, String now, String person) {
        Response answer = new ScorecardResource(head, results.scorecard(), Clock.fixed(moscow(now), ZoneOffset.UTC))
                .scorecard(month, person);
        assertThat(answer.getStatus()).isEqualTo(200);
        try {
            return Json.MAPPER.readTree((String) answer.getEntity());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode person(JsonNode scorecard, String name) {
        for (JsonNode p : scorecard.path("people")) {
            if (name.equals(p.path("person").asText())) {
                return p;
            }
        }
        throw new AssertionError(name + " has no scorecard in " + scorecard);
    }

    private void invoice(String ref, String client, String manager, long roubles, String issued, String due) {
        results.debt().recordReceivable(new Receivable(ref, client, roubles * 100, day(issued), day(due)),
                Optional.of(manager), Optional.empty());
    }

    private void pay(String ref, long roubles, String on) {
        results.debt().recordPayment(new Payment(ref, roubles * 100, day(on)));
    }

    @Test
    void aManagerWhoseClientOwes760000Roubles75DaysOverdueDoesNotScoreFullReceivables() {
        // acme owes 760 000 roubles due 16 September: 75 days overdue on 30 November
        invoice("INV-1", "acme", "ivanova", 760_000, "2026-09-01", "2026-09-16");
        // a fresh invoice to another client, paid at once: the old score counted any payment against 300 000
        invoice("INV-2", "initech", "ivanova", 300_000, "2026-11-02", "2026-11-16");
        pay("INV-2", 300_000, "2026-11-05");
        invoice("INV-3", "globex", "petrova", 300_000, "2026-11-02", "2026-11-16");
        pay("INV-3", 300_000, "2026-11-06");

        JsonNode november = scorecard("2026-11", "2026-12-01T10:00");
        JsonNode receivables = person(november, "ivanova").path("components").path("receivables");
        assertThat(receivables.path("score").asDouble()).as("nothing overdue was collected").isZero();
        assertThat(receivables.path("target").asLong()).as("overdue at the start, kopecks").isEqualTo(760_000_00L);
        assertThat(person(november, "petrova").path("components").path("receivables").path("score").asDouble())
                .as("nothing was overdue: nothing to collect").isEqualTo(1.0);

        pay("INV-1", 76_000, "2026-11-20");
        assertThat(person(scorecard("2026-11", "2026-12-01T10:00"), "ivanova").path("components").path("receivables")
                .path("score").asDouble()).as("76 000 of 760 000 overdue collected").isEqualTo(0.1);
    }

    @Test
    void theOperatorsBestPossibleTotalIsOne() {
        // everything the operator can do: answers (none late), no complaints, no rescues left slow, and his output
        for (LocalDate d = day("2026-11-02"); !d.isAfter(day("2026-11-30")); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                results.norms().recordOperation("operator", d, "client-question", 30, Optional.of("acme"));
            }
        }
        JsonNode operator = person(scorecard("2026-11", "2026-12-01T10:00"), "operator");
        assertThat(operator.path("total").asDouble()).as("the operator is not weighed on receivables or upsells")
                .isEqualTo(1.0);
        assertThat(operator.path("components").path("receivables").path("weight").asDouble()).isZero();
        assertThat(operator.path("components").path("upsells").path("weight").asDouble()).isZero();
        assertThat(operator.path("components").path("rescue").path("weight").asDouble()).isPositive();
    }

    @Test
    void outputOnTheFourthIsHeldToTheFourthsShareOfTheMonth() {
        // on band from the first day: 7.5 norm-hours on each of the first three working days
        for (String d : new String[] {"2026-11-02", "2026-11-03", "2026-11-04"}) {
            results.norms().recordOperation("ivanova", day(d), "client-question", 30, Optional.of("acme"));
        }
        JsonNode fourth = scorecard("2026-11", "2026-11-04T18:00");
        JsonNode output = person(fourth, "ivanova").path("components").path("output");
        // the old score: 22.5 of the whole month's 147 norm-hours, 15%
        assertThat(output.path("score").asDouble()).as("month to date, prorated").isEqualTo(1.0);
        assertThat(fourth.path("partial").asBoolean()).isTrue();
        assertThat(fourth.path("share").asDouble()).isEqualTo(Math.round(3 / 21.0 * 1000) / 1000.0);
        assertThat(output.path("target").asDouble()).isEqualTo(21.0);
        assertThat(output.path("figures").path("en").asText()).isEqualTo("22.5 / 21.0 norm-hours = 100%");
        assertThat(output.path("figures").path("ru").asText()).isEqualTo("22,5 / 21,0 нормочасов = 100\u00a0%");
        assertThat(output.path("formula").path("key").asText()).isEqualTo("backstop.scorecard.formula.output");
        assertThat(output.path("formula").path("ru").asText()).startsWith("Выработка = ");
        assertThat(scorecard("2026-11", "2026-12-01T10:00").path("partial").asBoolean()).isFalse();
    }

    @Test
    void aPressedRegularClientWhoLeavesCostsTheManagerAPenaltyOnce() {
        // globex was invoiced monthly (August, September), fell overdue, was called on 1 October and paid,
        // and was never invoiced again: by 30 December (90 days) it has left
        invoice("G-8", "globex", "petrova", 50_000, "2026-08-03", "2026-08-17");
        invoice("G-9", "globex", "petrova", 50_000, "2026-09-01", "2026-09-15");
        pay("G-8", 50_000, "2026-08-14");
        results.debt().takeDunningStep("globex", DunningAction.CALL, "petrova", moscow("2026-10-01T11:00"));
        pay("G-9", 50_000, "2026-10-05");

        JsonNode december = person(scorecard("2026-12", "2026-12-31T10:00"), "petrova");
        assertThat(december.path("components").path("receivables").path("score").asDouble())
                .as("nothing overdue at the start, less one client lost").isEqualTo(0.5);
        assertThat(december.path("lostClients").get(0).path("client").asText()).isEqualTo("globex");
        assertThat(december.path("lostClients").get(0).path("leftBy").asText()).isEqualTo("2026-12-30");
        assertThat(person(scorecard("2026-12", "2026-12-29T10:00"), "petrova").path("lostClients"))
                .as("not yet known on the 29th").isEmpty();
        assertThat(person(scorecard("2027-01", "2027-01-31T10:00"), "petrova").path("lostClients"))
                .as("counted once, in the month the 90 days ran out").isEmpty();
        assertThat(person(scorecard("2026-12", "2026-12-31T10:00"), "head").path("lostClients")).hasSize(1);

        invoice("G-11", "globex", "petrova", 50_000, "2026-11-02", "2026-11-16");
        pay("G-11", 50_000, "2026-11-10");
        assertThat(person(scorecard("2026-12", "2026-12-31T10:00"), "petrova").path("lostClients"))
                .as("invoiced again after the step: the client stayed").isEmpty();
    }

    @Test
    void theHeadHasTheDepartmentsScorecard() {
        invoice("INV-1", "acme", "ivanova", 100_000, "2026-09-01", "2026-09-16");
        pay("INV-1", 50_000, "2026-11-20");
        JsonNode head = person(scorecard("2026-11", "2026-12-01T10:00"), "head");
        assertThat(head.path("role").asText()).isEqualTo("HEAD");
        assertThat(head.path("components").path("receivables").path("score").asDouble()).isEqualTo(0.5);
        assertThat(head.path("components").path("upsells").path("target").asLong()).as("two managers x 60")
                .isEqualTo(120);
        assertThat(head.path("components").path("rescue").path("weight").asDouble()).isZero();
        JsonNode managers = person(scorecard("2026-11", "2026-12-01T10:00"), "ivanova");
        assertThat(managers.path("role").asText()).isEqualTo("MANAGER");
    }

    @Test
    void weightsTheHeadChangedAreNoLongerCalledDefaults() {
        assertThat(person(scorecard("2026-11", "2026-12-01T10:00"), "ivanova").path("defaultWeights").asBoolean())
                .isTrue();
        results.replaceSettings(ResultsSettings.read("{\"weights\": {\"MANAGER\": {\"output\": 0.3, "
                + "\"receivables\": 0.2, \"timeliness\": 0.15, \"quality\": 0.1, \"upsells\": 0.25}}}"));
        JsonNode november = scorecard("2026-11", "2026-12-01T10:00");
        assertThat(person(november, "ivanova").path("defaultWeights").asBoolean()).isFalse();
        assertThat(person(november, "ivanova").path("components").path("upsells").path("weight").asDouble())
                .isEqualTo(0.25);
        assertThat(person(november, "operator").path("defaultWeights").asBoolean()).isTrue();
    }

    @Test
    void oneOwnScorecardIsTheSameAsInEverybodys() {
        invoice("INV-1", "acme", "ivanova", 100_000, "2026-09-01", "2026-09-16");
        pay("INV-1", 30_000, "2026-11-20");
        results.norms().recordOperation("ivanova", day("2026-11-02"), "client-question", 20, Optional.of("acme"));
        JsonNode all = person(scorecard("2026-11", "2026-12-01T10:00"), "ivanova");
        JsonNode own = scorecard("2026-11", "2026-12-01T10:00", "ivanova").path("people");
        assertThat(own).hasSize(1);
        assertThat(own.get(0)).isEqualTo(all);
    }
}
