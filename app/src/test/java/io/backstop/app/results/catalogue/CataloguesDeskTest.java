package io.backstop.app.results.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.response.ClockEvent;
import io.backstop.app.response.ClockEventKind;
import io.backstop.app.response.ClockEventStore;
import io.backstop.app.rest.Json;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.testing.TestHost;
import io.backstop.core.norms.Operation;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The head's catalogues over a real database: export, dry run, apply whole or not at all, and the audit. */
class CataloguesDeskTest {

    private static final Instant NOW = Instant.parse("2026-11-02T07:00:00Z");
    private static final String NORMS = """
            code,name,minutes,instruction
            client-question,Answer a client question,15,
            long-letter,Answer a long letter,60,https://wiki.example/long-letters
            complaint-handling,Handle a complaint,30,
            monthly-report-explanation,Explain a monthly report,30,
            """;

    private TestHost host;
    private CataloguesDesk desk;

    @BeforeEach
    void aDepartmentWithTheDefaultCatalogues() {
        host = new TestHost();
        host.backstop.results().replaceSettings(ResultsSettings.read("{\"campaigns\": [{\"code\": \"seo-after-site\","
                + " \"ordered\": \"ready-site\", \"offer\": \"seo\", \"lookbackMonths\": 2}]}"));
        desk = host.backstop.catalogues();
    }

    private static ObjectNode csv(String text) {
        return Json.MAPPER.createObjectNode().put("csv", text);
    }

    private String settings() {
        return host.backstop.results().settings().write();
    }

    private List<CellError> refused(ThrowableAssert.ThrowingCallable call) {
        String before = settings();
        Imported.Refused[] caught = new Imported.Refused[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(Imported.Refused.class, e -> caught[0] = e);
        assertThat(settings()).as("nothing changed").isEqualTo(before);
        return caught[0].errors();
    }

    @ParameterizedTest
    @EnumSource(Catalogue.class)
    void theExportImportedAgainChangesNothing(Catalogue catalogue) {
        String file = desk.view(catalogue).csv();
        CataloguesDesk.Outcome outcome = desk.preview(catalogue, csv(file));

        assertThat(outcome.diff().changesNothing()).as(file).isTrue();
        assertThat(outcome.diff().unchanged()).isEqualTo(desk.view(catalogue).rows().size()).isPositive();
        assertThat(outcome.version()).isEqualTo(outcome.before()).isEqualTo(desk.view(catalogue).version());
    }

    @Test
    void theDryRunShowsAddedChangedAndRemovedRowsAndKeepsNothing() {
        String before = settings();
        Diff diff = desk.preview(Catalogue.NORMS, csv(NORMS)).diff();

        assertThat(settings()).isEqualTo(before);
        assertThat(diff.added()).isEmpty();
        assertThat(diff.changed()).singleElement().satisfies(c -> {
            assertThat(c.row()).isEqualTo(3);
            assertThat(c.key()).isEqualTo("long-letter");
            assertThat(c.columns()).containsExactly("name", "instruction");
            assertThat(c.before()).containsExactly("long-letter", "Answer a long letter (a spec with many questions)",
                    "60", "");
            assertThat(c.after()).containsExactly("long-letter", "Answer a long letter", "60",
                    "https://wiki.example/long-letters");
        });
        assertThat(diff.removed()).extracting(cells -> cells.get(0)).contains("debt-call", "upsell-offer")
                .hasSize(12);
        assertThat(diff.unchanged()).isEqualTo(3);
    }

    @Test
    void applyingReplacesTheCatalogueAndTheAuditSaysWhoAndHowMuch() {
        String added = NORMS + "debt-call,Call a debtor,12,library:debt-call-script\n";
        CataloguesDesk.Outcome outcome = desk.apply(Catalogue.NORMS, csv(added), null, "head", NOW);

        assertThat(host.backstop.results().settings().catalog().operations()).extracting(Operation::code)
                .containsExactly("client-question", "long-letter", "complaint-handling", "monthly-report-explanation",
                        "debt-call");
        assertThat(host.backstop.results().settings().catalog().get("debt-call").standardMinutes()).isEqualTo(12);
        assertThat(outcome.diff().counts()).isEqualTo("0 added, 2 changed, 11 removed, reordered");
        List<ClockEvent> audit = host.backstop.views().audit(Instant.EPOCH, NOW.plusSeconds(1));
        assertThat(audit).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(ClockEventKind.CATALOGUE);
            assertThat(event.actor()).isEqualTo("head");
            assertThat(event.at()).isEqualTo(NOW);
            assertThat(event.reason()).isEqualTo("norms");
            assertThat(event.detail()).isEqualTo("norms: 0 added, 2 changed, 11 removed, reordered; 5 rows");
        });
        assertThat(desk.view(Catalogue.NORMS).version()).isEqualTo(outcome.version());
    }

    @Test
    void theAuditKeepsTheReassignmentsOrderAndPutsEachCatalogueChangeAtItsTime() {
        ClockEventStore events = new ClockEventStore(host.store);
        events.record(reassigned("WEB-1", NOW.minusSeconds(60)));
        events.record(reassigned("WEB-2", NOW.plusSeconds(60)));
        // recorded late, as a watcher catching up may: the reassignments keep the order they were recorded in
        events.record(reassigned("WEB-0", NOW.minusSeconds(120)));
        desk.apply(Catalogue.NORMS, csv(NORMS), null, "head", NOW);

        assertThat(host.backstop.views().audit(Instant.EPOCH, NOW.plusSeconds(3600))).extracting(ClockEvent::issue)
                .containsExactly("WEB-1", "catalogue:norms", "WEB-2", "WEB-0");
        assertThat(host.backstop.views().audit(NOW, NOW.plusSeconds(3600))).extracting(ClockEvent::issue)
                .containsExactly("catalogue:norms", "WEB-2");
    }

    private static ClockEvent reassigned(String issue, Instant at) {
        return new ClockEvent(issue, at, ClockEventKind.REASSIGNED, null, "ivanova", "operator", "BREACH", null, null,
                null, null, null);
    }

    @Test
    void aNegativeMinutesValueRefusesTheWholeFileNamingRowAndColumn() {
        String file = NORMS.replace("Explain a monthly report,30", "Explain a monthly report,-5");

        List<CellError> errors = refused(() -> desk.apply(Catalogue.NORMS, csv(file), null, "head", NOW));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.column()).isEqualTo("minutes");
            assertThat(e.problem()).isEqualTo(Problem.POSITIVE);
            assertThat(e.message()).isEqualTo("row 5, column minutes: must be more than 0, got -5");
            assertThat(e.field()).isEqualTo("rows[3].minutes");
        });
        assertThat(host.backstop.views().audit(Instant.EPOCH, NOW.plusSeconds(1))).isEmpty();
    }

    @Test
    void aDuplicateCodeRefusesTheWholeFileNamingBothRows() {
        String file = NORMS + "client-question,Answer quickly,5,\n";

        List<CellError> errors = refused(() -> desk.apply(Catalogue.NORMS, csv(file), null, "head", NOW));

        assertThat(errors).singleElement().extracting(CellError::message)
                .isEqualTo("row 6, column code: \"client-question\" is listed twice (first in row 2)");
    }

    @Test
    void everyBadCellIsReportedAtOnce() {
        String file = """
                code,name,minutes
                Client Question,Answer,15
                long-letter,,7.5
                ok,Fine,ten
                """;

        List<CellError> errors = refused(() -> desk.preview(Catalogue.NORMS, csv(file)));

        assertThat(errors).extracting(CellError::message).containsExactly(
                "row 2, column code: must be lower-case Latin letters, digits and dashes, starting with a letter,"
                        + " got \"Client Question\"",
                "row 3, column name: must not be empty",
                "row 3, column minutes: must be a whole number of minutes, got \"7.5\"",
                "row 4, column minutes: must be a whole number of minutes, got \"ten\"");
    }

    @Test
    void theHeaderMustNameTheCataloguesColumns() {
        assertThat(refused(() -> desk.preview(Catalogue.NORMS, csv("code,title,minutes\nx,y,1\n"))))
                .extracting(CellError::message).containsExactly(
                        "row 1, column title: there is no column \"title\" in this catalogue (its columns: code, name,"
                                + " minutes, instruction)",
                        "row 1, column name: column name is missing");
        assertThat(refused(() -> desk.preview(Catalogue.NORMS, csv(" \n"))))
                .extracting(CellError::message).containsExactly("row 1: the file has no header row");
    }

    @Test
    void removingAnOperationThatRepliesEarnIsRefusedByTheSettings() {
        String file = NORMS.lines().filter(line -> !line.startsWith("monthly-report-explanation"))
                .reduce("", (a, b) -> a + b + "\n");

        List<CellError> errors = refused(() -> desk.apply(Catalogue.NORMS, csv(file), null, "head", NOW));

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.problem()).isEqualTo(Problem.SETTINGS);
            assertThat(e.row()).isZero();
            assertThat(e.message()).contains("replyOperations.Client report").contains("monthly-report-explanation");
        });
    }

    @Test
    void anApplyAgainstAnOlderVersionIsRefused() {
        String version = desk.view(Catalogue.CAMPAIGNS).version();
        desk.apply(Catalogue.CAMPAIGNS, csv("code,ordered,offer\nads-after-seo,seo,direct\n"), version, "head", NOW);

        assertThatThrownBy(() -> desk.apply(Catalogue.CAMPAIGNS, csv("code,ordered,offer\nx,seo,direct\n"),
                version, "head", NOW)).isInstanceOf(CataloguesDesk.Stale.class).hasMessageContaining(version);
        assertThat(host.backstop.results().settings().campaigns()).singleElement()
                .satisfies(c -> assertThat(c.lookbackMonths()).isEqualTo(3));
    }

    @Test
    void rowsOfJsonAreCheckedAsTheFileIsAndNumberedFromTwo() {
        JsonNode body = Json.object("""
                {"rows": [{"from": "seo", "to": "direct", "level": 2, "points": 15},
                          {"from": "seo", "to": "seo", "level": 1, "points": -1}]}
                """);

        assertThat(refused(() -> desk.preview(Catalogue.ADJACENCY, body))).extracting(CellError::message)
                .containsExactly("row 3, column points: must not be negative, got -1");
        JsonNode same = Json.object("{\"rows\": [{\"from\": \"seo\", \"to\": \"seo\", \"level\": 1, \"points\": 1}]}");
        assertThat(refused(() -> desk.preview(Catalogue.ADJACENCY, same))).extracting(CellError::message)
                .containsExactly("row 2, column to: must differ from from (\"seo\")");
    }

    @Test
    void lotoCardsTakeTheirOffersSeparatedBySpacesCommasOrSemicolons() {
        desk.apply(Catalogue.LOTO_CARDS, csv("service,offers\nseo,\"direct, banner;news\"\nhosting,\n"), null, "head",
                NOW);

        assertThat(host.backstop.results().settings().lotoCards().cards()).satisfiesExactly(
                card -> assertThat(card.offers()).containsExactly("direct", "banner", "news"),
                card -> assertThat(card.offers()).isEmpty());
        assertThat(desk.view(Catalogue.LOTO_CARDS).csv()).isEqualTo("service,offers\r\nseo,direct banner news\r\n"
                + "hosting,\r\n");
    }

    @Test
    void theWeightsArePerRoleAndEachRolesMustAddUpToOne() {
        assertThat(refused(() -> desk.apply(Catalogue.WEIGHTS, csv("""
                role,component,weight
                MANAGER,output,0.5
                MANAGER,upsells,"0,4"
                OPERATOR,timeliness,1
                """), null, "head", NOW))).extracting(CellError::message).containsExactly(
                "row 1, column role: HEAD has no rows; every role needs its weights (0 for what it is not weighed on)",
                "row 3, column weight: the weights of MANAGER add up to 0.9; they must add up to 1");

        desk.apply(Catalogue.WEIGHTS, csv("role,component,weight\nmanager,output,0.6\nMANAGER,upsells,0.4\n"
                + "OPERATOR,timeliness,0.7\nOPERATOR,rescue,0.3\nHEAD,output,1\n"), null, "head", NOW);
        var weights = host.backstop.results().settings().weights();
        assertThat(weights.manager().output()).isEqualTo(0.6);
        assertThat(weights.manager().upsells()).isEqualTo(0.4);
        assertThat(weights.manager().receivables()).isZero();
        assertThat(weights.operator().rescue()).isEqualTo(0.3);
        assertThat(desk.view(Catalogue.WEIGHTS).rows()).contains(List.of("OPERATOR", "timeliness", "0.7"));
    }

    @Test
    void aComponentTheWeightsDoNotHaveIsRefused() {
        assertThat(refused(() -> desk.preview(Catalogue.WEIGHTS,
                csv("role,component,weight\nMANAGER,charm,1\n")))).extracting(CellError::message).contains(
                "row 2, column component: must be one of output, receivables, timeliness, quality, upsells, rescue, "
                        + "got \"charm\"");
    }

    @Test
    void theRestOfTheSettingsStayAsTheyWere() {
        host.backstop.results().replaceSettings(ResultsSettings.read("{\"hired\": {\"ivanova\": \"2026-09-20\"},"
                + "\"targets\": {\"collectKopecks\": 500000}}"));
        desk.apply(Catalogue.CAMPAIGNS, csv("code,ordered,offer,lookbackMonths\nads-after-seo,seo,direct,6\n"), null,
                "head", NOW);

        ResultsSettings after = host.backstop.results().settings();
        assertThat(after.hiredOn("ivanova")).isPresent();
        assertThat(after.collectTargetKopecks()).isEqualTo(500000);
        assertThat(after.campaigns()).singleElement().satisfies(c -> assertThat(c.lookbackMonths()).isEqualTo(6));
    }

    @Test
    void theHeadSetsTheUpsellCeilingAndTheSaleWindowAsRules() {
        String file = desk.view(Catalogue.RULES).csv()
                .replace("scoring.upsellCeiling,1.5", "scoring.upsellCeiling,\"2,5\"")
                .replace("upsells.soldWithinDays,60", "upsells.soldWithinDays,45");

        CataloguesDesk.Outcome outcome = desk.apply(Catalogue.RULES, csv(file), null, "head", NOW);

        assertThat(outcome.diff().counts()).isEqualTo("0 added, 2 changed, 0 removed");
        ResultsSettings after = host.backstop.results().settings();
        assertThat(after.scoring().upsellCeiling()).isEqualTo(2.5);
        assertThat(after.upsells().soldWithinDays()).isEqualTo(45);
        assertThat(desk.view(Catalogue.RULES).rows()).contains(List.of("scoring.upsellCeiling", "2.5"));
    }

    @Test
    void aRuleOutOfItsRangeIsRefusedAtItsRowAndNothingChanges() {
        String file = desk.view(Catalogue.RULES).csv().replace("scoring.upsellCeiling,1.5", "scoring.upsellCeiling,5");

        assertThat(refused(() -> desk.apply(Catalogue.RULES, csv(file), null, "head", NOW))).singleElement()
                .satisfies(error -> {
                    assertThat(error.row()).isEqualTo(2);
                    assertThat(error.column()).isEqualTo("value");
                    assertThat(error.problem()).isEqualTo(Problem.SETTINGS);
                });
        assertThat(refused(() -> desk.preview(Catalogue.RULES, csv("rule,value\nscoring.charm,1\n"))))
                .extracting(CellError::message).first().asString()
                .startsWith("row 2, column rule: must be one of scoring.upsellCeiling, ");
        assertThat(refused(() -> desk.preview(Catalogue.RULES, csv("rule,value\nscoring.upsellCeiling,2\n"))))
                .extracting(CellError::message).contains("row 1, column rule: upsells.soldWithinDays has no row; every "
                        + "rule needs its value");
    }
}
