package io.backstop.app.results.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.calendar.HumanDuration;
import io.backstop.core.debt.DebtRules;
import io.backstop.core.debt.DunningGuard;
import io.backstop.core.debt.Ladder;
import io.backstop.core.hotspot.Hotspots;
import io.backstop.core.norms.NormCatalog;
import io.backstop.core.norms.NormRules;
import io.backstop.core.norms.Ramp;
import io.backstop.core.upsell.AdjacencyTable;
import io.backstop.core.upsell.Campaign;
import io.backstop.core.upsell.LotoCards;
import io.backstop.core.scorecard.RoleWeights;
import io.backstop.core.scorecard.ScoreRules;
import io.backstop.core.upsell.UpsellRules;
import io.backstop.core.validation.Check;

import io.backstop.core.validation.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the department's results are reckoned: the norm catalogue, the service adjacency table, the newcomer ramp
 * and hiring dates, the scorecard's weights and targets, the debt ladder and the large-client threshold, the
 * cheap-order threshold, the cyclic campaigns and the offer checklists. Starts from core's defaults; kept as the
 * JSON document {@code results.settings}. A catalogue operation may name its {@code instruction} (an http(s) URL or
 * {@code library:<id>}) for the onboarding plan.
 *
 * @param collectTargetKopecks a manager's monthly collection target for the scorecard (0: nothing expected)
 * @param upsellPointsTarget a manager's monthly upsell points target (0: nothing expected)
 * @param replyOperations the operation a staff reply that ends an awaiting cycle earns, by the issue's type;
 *                        {@value #ANY_TYPE} for every other type; empty: replies record nothing
 * @param lotoCards the offer checklists per service whose coverage the head watches
 * @param debt the debt guard's rules (issue 17, point 4): the pace of soft steps, a client's value and the head's rung
 * @param weights the scorecard's weights per role (managers, operator, head; the defaults are the head's to change)
 * @param scoring the scorecard's other rules: the upsell ceiling, when a pressed client has left, rescue time
 * @param upsells when an offer counts as sold and its amount bands (issue 17, sales)
 * @param norms how replies earn by their size (issue 17: norms), JSON member {@code norms}
 */
public record ResultsSettings(NormCatalog catalog, AdjacencyTable adjacency, Ramp ramp, Map<String, LocalDate> hired,
                              RoleWeights weights, Ladder ladder, long largeClientKopecks, double cheapThreshold,
                              List<Campaign> campaigns, long collectTargetKopecks, long upsellPointsTarget,
                              Map<String, String> replyOperations, LotoCards lotoCards, DebtRules debt,
                              ScoreRules scoring, UpsellRules upsells, NormRules norms) {

    public static final String SETTING = "results.settings";
    /** The {@code replyOperations} key for every issue type not listed. */
    public static final String ANY_TYPE = "*";
    /**
     * The default {@code replyOperations}: a report explained, any other question answered (a complaint too: its
     * handling earns {@code complaint-handling} when it is closed, issue 17, so the reply is only an answer).
     */
    public static final Map<String, String> DEFAULT_REPLY_OPERATIONS = Map.of(
            "Client report", "monthly-report-explanation", ANY_TYPE, "client-question");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public ResultsSettings {
        Check.notNull(catalog, "catalog");
        Check.notNull(adjacency, "adjacency");
        Check.notNull(ramp, "ramp");
        hired = Map.copyOf(new TreeMap<>(Check.map(hired, "hired")));
        Check.notNull(weights, "weights");
        Check.notNull(ladder, "ladder");
        Check.notNegative(largeClientKopecks, "largeClientKopecks");
        Check.finiteNotNegative(cheapThreshold, "cheapThreshold");
        campaigns = Check.list(campaigns, "campaigns");
        Check.notNegative(collectTargetKopecks, "collectTargetKopecks");
        Check.notNegative(upsellPointsTarget, "upsellPointsTarget");
        replyOperations = Map.copyOf(new TreeMap<>(Check.map(replyOperations, "replyOperations")));
        Check.notNull(lotoCards, "lotoCards");
        Check.notNull(debt, "debt");
        Check.notNull(scoring, "scoring");
        Check.notNull(upsells, "upsells");
        Check.notNull(norms, "norms");
        for (Map.Entry<String, String> e : new TreeMap<>(replyOperations).entrySet()) {
            String field = "replyOperations." + e.getKey();
            if (e.getKey().isBlank()) {
                throw Check.invalid("replyOperations", Problem.of("error.results.issueTypeBlank"));
            }
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw Check.invalid(field, Problem.of("error.results.operationCode"));
            }
            if (!catalog.contains(e.getValue())) {
                throw Check.invalid(field, Problem.of("error.input.normCatalogue", e.getValue()));
            }
        }
    }

    /** The department's default debt, scorecard, upsell and norm rules (issue 17). */
    public ResultsSettings(NormCatalog catalog, AdjacencyTable adjacency, Ramp ramp, Map<String, LocalDate> hired,
                           RoleWeights weights, Ladder ladder, long largeClientKopecks, double cheapThreshold,
                           List<Campaign> campaigns, long collectTargetKopecks, long upsellPointsTarget,
                           Map<String, String> replyOperations, LotoCards lotoCards) {
        this(catalog, adjacency, ramp, hired, weights, ladder, largeClientKopecks, cheapThreshold, campaigns,
                collectTargetKopecks, upsellPointsTarget, replyOperations, lotoCards, DebtRules.departmentDefault(),
                ScoreRules.DEFAULT, UpsellRules.DEFAULT, NormRules.DEFAULT);
    }

    /** Replies earn the {@link #DEFAULT_REPLY_OPERATIONS} whose codes the catalogue has; the default loto cards. */
    public ResultsSettings(NormCatalog catalog, AdjacencyTable adjacency, Ramp ramp, Map<String, LocalDate> hired,
                           RoleWeights weights, Ladder ladder, long largeClientKopecks, double cheapThreshold,
                           List<Campaign> campaigns, long collectTargetKopecks, long upsellPointsTarget) {
        this(catalog, adjacency, ramp, hired, weights, ladder, largeClientKopecks, cheapThreshold, campaigns,
                collectTargetKopecks, upsellPointsTarget, defaultReplyOperations(catalog), LotoCards.departmentDefault());
    }

    /** The defaults whose operation the catalogue has (a catalogue of its own may leave some out). */
    static Map<String, String> defaultReplyOperations(NormCatalog catalog) {
        Map<String, String> kept = new TreeMap<>();
        DEFAULT_REPLY_OPERATIONS.forEach((type, code) -> {
            if (catalog == null || catalog.contains(code)) {
                kept.put(type, code);
            }
        });
        return kept;
    }

    /** The operation a reply ending an awaiting cycle on an issue of {@code issueType} earns, if any. */
    public Optional<String> replyOperation(String issueType) {
        String code = issueType == null ? null : replyOperations.get(issueType);
        return Optional.ofNullable(code != null ? code : replyOperations.get(ANY_TYPE));
    }

    public static ResultsSettings departmentDefault() {
        return new ResultsSettings(NormCatalog.departmentDefault(), AdjacencyTable.departmentDefault(),
                Ramp.departmentDefault(), Map.of(), RoleWeights.DEFAULT, Ladder.departmentDefault(),
                DunningGuard.DEFAULT_THRESHOLD_KOPECKS, Hotspots.DEFAULT_THRESHOLD, List.of(), 0, 0,
                DEFAULT_REPLY_OPERATIONS, LotoCards.departmentDefault(), DebtRules.departmentDefault(),
                ScoreRules.DEFAULT, UpsellRules.DEFAULT, NormRules.DEFAULT);
    }

    public Optional<Campaign> campaign(String code) {
        return campaigns.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public Optional<LocalDate> hiredOn(String person) {
        return Optional.ofNullable(hired.get(person));
    }

    // JSON

    public ObjectNode toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode ops = root.putArray("catalog");
        catalog.operations().forEach(o -> {
            ObjectNode op = ops.addObject().put("code", o.code()).put("name", o.name())
                    .put("minutes", o.standardMinutes());
            o.instruction().ifPresent(i -> op.put("instruction", i));
        });
        ArrayNode adj = root.putArray("adjacency");
        adjacency.rows().forEach(a -> adj.addObject().put("from", a.from()).put("to", a.to())
                .put("level", a.level()).put("points", a.points()));
        ObjectNode r = root.putObject("ramp");
        r.putObject("newcomer").put("min", ramp.newcomer().min()).put("max", ramp.newcomer().max());
        r.putObject("experienced").put("min", ramp.experienced().min()).put("max", ramp.experienced().max());
        r.put("newcomerMonths", ramp.newcomerMonths()).put("experiencedFromMonth", ramp.experiencedFromMonth())
                .put("fullDay", HumanDuration.CLOCK.format(ramp.fullDay()));
        ObjectNode h = root.putObject("hired");
        new TreeMap<>(hired).forEach((person, day) -> h.put(person, day.toString()));
        ScoringJson.writeWeights(root, weights);
        ObjectNode l = root.putObject("ladder");
        ladder.steps().forEach(s -> l.put(s.level().name().toLowerCase(), s.daysOverdue()));
        root.put("largeClientKopecks", largeClientKopecks);
        root.put("cheapThreshold", cheapThreshold);
        ArrayNode cs = root.putArray("campaigns");
        campaigns.forEach(c -> cs.addObject().put("code", c.code()).put("ordered", c.ordered())
                .put("offer", c.offer()).put("lookbackMonths", c.lookbackMonths()));
        ObjectNode t = root.putObject("targets");
        t.put("collectKopecks", collectTargetKopecks).put("upsellPoints", upsellPointsTarget);
        ObjectNode ro = root.putObject("replyOperations");
        new TreeMap<>(replyOperations).forEach(ro::put);
        ArrayNode cards = root.putArray("lotoCards");
        lotoCards.cards().forEach(card -> {
            ArrayNode offers = cards.addObject().put("service", card.service()).putArray("offers");
            card.offers().forEach(offers::add);
        });
        DebtRulesJson.write(root.putObject("debt"), debt);
        ScoringJson.writeScoring(root, scoring);
        UpsellRulesJson.write(root, upsells);
        root.putObject("norms").put("shortReplyChars", norms.shortReplyChars())
                .put("longLetterChars", norms.longLetterChars()).put("maxLongLetters", norms.maxLongLetters());
        return root;
    }

    public String write() {
        return toJson().toString();
    }

    /** Reads a document; a missing member keeps its default. Bad input names the field by its JSON path. */
    public static ResultsSettings read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw Check.invalid("(body)", Problem.of("error.input.validJsonWhy", e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw Check.invalid("(body)", Problem.of("error.input.jsonObject"));
        }
        return read(root);
    }

    public static ResultsSettings read(JsonNode root) {
        return ResultsSettingsReader.read(root);
    }
}
