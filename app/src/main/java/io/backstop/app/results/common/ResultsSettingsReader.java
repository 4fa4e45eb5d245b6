package io.backstop.app.results.common;

import static io.backstop.app.results.common.SettingsFields.array;
import static io.backstop.app.results.common.SettingsFields.at;
import static io.backstop.app.results.common.SettingsFields.band;
import static io.backstop.app.results.common.SettingsFields.date;
import static io.backstop.app.results.common.SettingsFields.integer;
import static io.backstop.app.results.common.SettingsFields.number;
import static io.backstop.app.results.common.SettingsFields.object;
import static io.backstop.app.results.common.SettingsFields.text;
import static io.backstop.app.results.common.SettingsFields.whole;
import static io.backstop.app.results.common.SettingsFields.MAX_TEXT;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.core.calendar.HumanDuration;
import io.backstop.core.debt.DebtRules;
import io.backstop.core.debt.EscalationLevel;
import io.backstop.core.debt.EscalationStep;
import io.backstop.core.debt.Ladder;
import io.backstop.core.norms.Band;
import io.backstop.core.norms.NormCatalog;
import io.backstop.core.norms.NormRules;
import io.backstop.core.norms.Operation;
import io.backstop.core.norms.Ramp;
import io.backstop.core.scorecard.RoleWeights;
import io.backstop.core.scorecard.ScoreRules;
import io.backstop.core.upsell.Adjacency;
import io.backstop.core.upsell.AdjacencyTable;
import io.backstop.core.upsell.Campaign;
import io.backstop.core.upsell.LotoCard;
import io.backstop.core.upsell.LotoCards;
import io.backstop.core.upsell.UpsellRules;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads the results settings document member by member, over the department's defaults. */
final class ResultsSettingsReader {

    private ResultsSettingsReader() {
    }

    /** A missing member keeps its default; members are read, and their failures named, in this order. */
    static ResultsSettings read(JsonNode root) {
        ResultsSettings d = ResultsSettings.departmentDefault();
        NormCatalog catalog = root.has("catalog") ? catalog(root) : d.catalog();
        AdjacencyTable adjacency = root.has("adjacency") ? adjacency(root) : d.adjacency();
        Ramp ramp = root.has("ramp") ? ramp(root, d.ramp()) : d.ramp();
        Map<String, LocalDate> hired = root.has("hired") ? hired(root) : new TreeMap<>(d.hired());
        RoleWeights weights = root.has("weights") ? ScoringJson.readWeights(root, d.weights()) : d.weights();
        Ladder ladder = root.has("ladder") ? ladder(root) : d.ladder();
        long large = root.has("largeClientKopecks") ? whole(root, "largeClientKopecks", "") : d.largeClientKopecks();
        double cheap = number(root, "cheapThreshold", "", d.cheapThreshold());
        List<Campaign> campaigns = root.has("campaigns") ? campaigns(root) : new ArrayList<>(d.campaigns());
        long collect = d.collectTargetKopecks();
        long points = d.upsellPointsTarget();
        if (root.has("targets")) {
            JsonNode t = object(root, "targets", "");
            collect = t.has("collectKopecks") ? whole(t, "collectKopecks", "targets") : collect;
            points = t.has("upsellPoints") ? whole(t, "upsellPoints", "targets") : points;
        }
        Map<String, String> replyOperations = root.has("replyOperations") ? replyOperations(root)
                : ResultsSettings.defaultReplyOperations(catalog);
        LotoCards lotoCards = root.has("lotoCards") ? lotoCards(root) : d.lotoCards();
        DebtRules debt = root.has("debt") ? DebtRulesJson.read(object(root, "debt", ""), d.debt()) : d.debt();
        ScoreRules scoring = root.has("scoring") ? ScoringJson.readScoring(root, d.scoring()) : d.scoring();
        UpsellRules upsells = UpsellRulesJson.read(root, d.upsells());
        NormRules norms = root.has("norms") ? norms(root, d.norms()) : d.norms();
        long col = collect;
        long pts = points;
        return at("", () -> new ResultsSettings(catalog, adjacency, ramp, hired, weights, ladder, large, cheap,
                campaigns, col, pts, replyOperations, lotoCards, debt, scoring, upsells, norms));
    }

    /** {@code norms}: the reply size bands; a missing member keeps its default. */
    private static NormRules norms(JsonNode root, NormRules d) {
        JsonNode n = object(root, "norms", "");
        int shortChars = n.has("shortReplyChars") ? integer(n, "shortReplyChars", "norms") : d.shortReplyChars();
        int longChars = n.has("longLetterChars") ? integer(n, "longLetterChars", "norms") : d.longLetterChars();
        int max = n.has("maxLongLetters") ? integer(n, "maxLongLetters", "norms") : d.maxLongLetters();
        return at("norms", () -> new NormRules(shortChars, longChars, max));
    }

    private static NormCatalog catalog(JsonNode root) {
        List<Operation> ops = new ArrayList<>();
        JsonNode list = array(root, "catalog");
        for (int i = 0; i < list.size(); i++) {
            JsonNode o = list.get(i);
            String p = "catalog[" + i + "]";
            int minutes = integer(o, "minutes", p);
            if (minutes <= 0) {
                throw Check.invalid(p + ".minutes", Problem.of("error.input.positive", minutes));
            }
            Optional<String> instruction = o.hasNonNull("instruction")
                    ? Optional.of(text(o, "instruction", p)) : Optional.empty();
            ops.add(at(p, () -> new Operation(text(o, "code", p), text(o, "name", p), minutes, instruction)));
        }
        return at("", () -> new NormCatalog(ops), "catalog");
    }

    private static AdjacencyTable adjacency(JsonNode root) {
        List<Adjacency> rows = new ArrayList<>();
        JsonNode list = array(root, "adjacency");
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String p = "adjacency[" + i + "]";
            rows.add(at(p, () -> new Adjacency(text(a, "from", p), text(a, "to", p), integer(a, "level", p),
                    integer(a, "points", p))));
        }
        return at("", () -> new AdjacencyTable(rows), "adjacency");
    }

    private static Ramp ramp(JsonNode root, Ramp ramp) {
        JsonNode r = object(root, "ramp", "");
        Band newcomer = r.has("newcomer") ? band(r, "newcomer") : ramp.newcomer();
        Band experienced = r.has("experienced") ? band(r, "experienced") : ramp.experienced();
        int newcomerMonths = r.has("newcomerMonths") ? integer(r, "newcomerMonths", "ramp") : ramp.newcomerMonths();
        int from = r.has("experiencedFromMonth") ? integer(r, "experiencedFromMonth", "ramp")
                : ramp.experiencedFromMonth();
        Duration fullDay = ramp.fullDay();
        if (r.has("fullDay")) {
            try {
                // clock time: "a day" is what this setting defines, so it is given in hours
                fullDay = HumanDuration.CLOCK.parse(text(r, "fullDay", "ramp"));
            } catch (HumanDuration.Refused e) {
                throw Check.invalid("ramp.fullDay", e.problem());
            }
        }
        Duration day = fullDay;
        return at("ramp", () -> new Ramp(newcomer, experienced, newcomerMonths, from, day));
    }

    private static Map<String, LocalDate> hired(JsonNode root) {
        JsonNode h = object(root, "hired", "");
        Map<String, LocalDate> hired = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = h.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            hired.put(e.getKey(), date(h, e.getKey(), "hired"));
        }
        return hired;
    }

    private static Ladder ladder(JsonNode root) {
        JsonNode l = object(root, "ladder", "");
        List<EscalationStep> steps = new ArrayList<>();
        for (EscalationLevel level : EscalationLevel.values()) {
            String name = level.name().toLowerCase();
            if (l.has(name)) {
                steps.add(at("ladder." + name, () -> new EscalationStep(level, integer(l, name, "ladder"))));
            }
        }
        return at("", () -> new Ladder(steps), "ladder");
    }

    private static List<Campaign> campaigns(JsonNode root) {
        List<Campaign> campaigns = new ArrayList<>();
        JsonNode list = array(root, "campaigns");
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String p = "campaigns[" + i + "]";
            campaigns.add(at(p, () -> new Campaign(text(c, "code", p), text(c, "ordered", p), text(c, "offer", p),
                    c.has("lookbackMonths") ? integer(c, "lookbackMonths", p) : 3)));
            for (int j = 0; j < i; j++) {
                if (campaigns.get(j).code().equals(campaigns.get(i).code())) {
                    throw Check.invalid(p + ".code", Problem.of("error.input.listedTwice", campaigns.get(i).code()));
                }
            }
        }
        return campaigns;
    }

    private static Map<String, String> replyOperations(JsonNode root) {
        JsonNode ro = object(root, "replyOperations", "");
        Map<String, String> map = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = ro.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().isBlank() || e.getKey().length() > MAX_TEXT) {
                throw Check.invalid("replyOperations." + e.getKey(),
                        Problem.of("error.results.issueTypeCharacters", MAX_TEXT));
            }
            map.put(e.getKey(), text(ro, e.getKey(), "replyOperations"));
        }
        return map;
    }

    private static LotoCards lotoCards(JsonNode root) {
        List<LotoCard> cards = new ArrayList<>();
        JsonNode list = array(root, "lotoCards");
        for (int i = 0; i < list.size(); i++) {
            JsonNode card = list.get(i);
            String p = "lotoCards[" + i + "]";
            JsonNode offers = array(card, "offers", p);
            List<String> codes = new ArrayList<>();
            for (int j = 0; j < offers.size(); j++) {
                JsonNode offer = offers.get(j);
                if (!offer.isTextual()) {
                    throw Check.invalid(p + ".offers[" + j + "]", Problem.of("error.results.serviceCode"));
                }
                codes.add(offer.textValue());
            }
            LotoCard made = at(p, () -> new LotoCard(text(card, "service", p), codes));
            if (cards.stream().anyMatch(c -> c.service().equals(made.service()))) {
                throw Check.invalid(p + ".service", Problem.of("error.input.listedTwice", made.service()));
            }
            cards.add(made);
        }
        return new LotoCards(cards);
    }
}
