package io.backstop.app.results.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.debt.DunningGuard;
import io.backstop.core.debt.EscalationLevel;
import io.backstop.core.debt.EscalationStep;
import io.backstop.core.debt.Ladder;
import io.backstop.core.hotspot.Hotspots;
import io.backstop.core.norms.Band;
import io.backstop.core.norms.NormCatalog;
import io.backstop.core.norms.Operation;
import io.backstop.core.norms.Ramp;
import io.backstop.core.upsell.Adjacency;
import io.backstop.core.upsell.AdjacencyTable;
import io.backstop.core.upsell.Campaign;
import io.backstop.core.upsell.LotoCard;
import io.backstop.core.upsell.LotoCards;
import io.backstop.core.scorecard.Weights;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.InvalidFieldException;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

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
 */
public record ResultsSettings(NormCatalog catalog, AdjacencyTable adjacency, Ramp ramp, Map<String, LocalDate> hired,
                              Weights weights, Ladder ladder, long largeClientKopecks, double cheapThreshold,
                              List<Campaign> campaigns, long collectTargetKopecks, long upsellPointsTarget,
                              Map<String, String> replyOperations, LotoCards lotoCards) {

    public static final String SETTING = "results.settings";
    /** The {@code replyOperations} key for every issue type not listed. */
    public static final String ANY_TYPE = "*";
    /** The default {@code replyOperations}: a report explained, a complaint handled, any other question answered. */
    public static final Map<String, String> DEFAULT_REPLY_OPERATIONS = Map.of(
            "Client report", "monthly-report-explanation", "Complaint", "complaint-handling",
            ANY_TYPE, "client-question");
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
        for (Map.Entry<String, String> e : new TreeMap<>(replyOperations).entrySet()) {
            String field = "replyOperations." + e.getKey();
            if (e.getKey().isBlank()) {
                throw Check.invalid("replyOperations", "an issue type must not be blank");
            }
            if (e.getValue() == null || e.getValue().isBlank()) {
                throw Check.invalid(field, "must be an operation code");
            }
            if (!catalog.contains(e.getValue())) {
                throw Check.invalid(field, "\"" + e.getValue() + "\" is not in the norm catalogue");
            }
        }
    }

    /** Replies earn the {@link #DEFAULT_REPLY_OPERATIONS} whose codes the catalogue has; the default loto cards. */
    public ResultsSettings(NormCatalog catalog, AdjacencyTable adjacency, Ramp ramp, Map<String, LocalDate> hired,
                           Weights weights, Ladder ladder, long largeClientKopecks, double cheapThreshold,
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
                Ramp.departmentDefault(), Map.of(), Weights.DEFAULT, Ladder.departmentDefault(),
                DunningGuard.DEFAULT_THRESHOLD_KOPECKS, Hotspots.DEFAULT_THRESHOLD, List.of(), 0, 0,
                DEFAULT_REPLY_OPERATIONS, LotoCards.departmentDefault());
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
                .put("fullDay", ramp.fullDay().toString());
        ObjectNode h = root.putObject("hired");
        new TreeMap<>(hired).forEach((person, day) -> h.put(person, day.toString()));
        root.putObject("weights").put("output", weights.output()).put("receivables", weights.receivables())
                .put("timeliness", weights.timeliness()).put("quality", weights.quality())
                .put("upsells", weights.upsells());
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
            throw Check.invalid("(body)", "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw Check.invalid("(body)", "must be a JSON object");
        }
        return read(root);
    }

    public static ResultsSettings read(JsonNode root) {
        ResultsSettings d = departmentDefault();
        NormCatalog catalog = d.catalog;
        if (root.has("catalog")) {
            List<Operation> ops = new ArrayList<>();
            JsonNode list = array(root, "catalog");
            for (int i = 0; i < list.size(); i++) {
                JsonNode o = list.get(i);
                String p = "catalog[" + i + "]";
                int minutes = integer(o, "minutes", p);
                if (minutes <= 0) {
                    throw Check.invalid(p + ".minutes", "must be positive, got " + minutes);
                }
                Optional<String> instruction = o.hasNonNull("instruction")
                        ? Optional.of(text(o, "instruction", p)) : Optional.empty();
                ops.add(at(p, () -> new Operation(text(o, "code", p), text(o, "name", p), minutes, instruction)));
            }
            catalog = at("", () -> new NormCatalog(ops), "catalog");
        }
        AdjacencyTable adjacency = d.adjacency;
        if (root.has("adjacency")) {
            List<Adjacency> rows = new ArrayList<>();
            JsonNode list = array(root, "adjacency");
            for (int i = 0; i < list.size(); i++) {
                JsonNode a = list.get(i);
                String p = "adjacency[" + i + "]";
                rows.add(at(p, () -> new Adjacency(text(a, "from", p), text(a, "to", p), integer(a, "level", p),
                        integer(a, "points", p))));
            }
            adjacency = at("", () -> new AdjacencyTable(rows), "adjacency");
        }
        Ramp ramp = d.ramp;
        if (root.has("ramp")) {
            JsonNode r = object(root, "ramp", "");
            Band newcomer = r.has("newcomer") ? band(r, "newcomer") : ramp.newcomer();
            Band experienced = r.has("experienced") ? band(r, "experienced") : ramp.experienced();
            int newcomerMonths = r.has("newcomerMonths") ? integer(r, "newcomerMonths", "ramp") : ramp.newcomerMonths();
            int from = r.has("experiencedFromMonth") ? integer(r, "experiencedFromMonth", "ramp")
                    : ramp.experiencedFromMonth();
            Duration fullDay = ramp.fullDay();
            if (r.has("fullDay")) {
                try {
                    fullDay = Duration.parse(text(r, "fullDay", "ramp"));
                } catch (DateTimeParseException e) {
                    throw Check.invalid("ramp.fullDay", "expected a duration such as PT8H");
                }
            }
            Duration day = fullDay;
            ramp = at("ramp", () -> new Ramp(newcomer, experienced, newcomerMonths, from, day));
        }
        Map<String, LocalDate> hired = new TreeMap<>(d.hired);
        if (root.has("hired")) {
            JsonNode h = object(root, "hired", "");
            hired.clear();
            for (Iterator<Map.Entry<String, JsonNode>> it = h.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                hired.put(e.getKey(), date(h, e.getKey(), "hired"));
            }
        }
        Weights weights = d.weights;
        if (root.has("weights")) {
            JsonNode w = object(root, "weights", "");
            Weights base = weights;
            weights = at("", () -> new Weights(number(w, "output", "weights", base.output()),
                    number(w, "receivables", "weights", base.receivables()),
                    number(w, "timeliness", "weights", base.timeliness()),
                    number(w, "quality", "weights", base.quality()),
                    number(w, "upsells", "weights", base.upsells())), "weights");
        }
        Ladder ladder = d.ladder;
        if (root.has("ladder")) {
            JsonNode l = object(root, "ladder", "");
            List<EscalationStep> steps = new ArrayList<>();
            for (EscalationLevel level : EscalationLevel.values()) {
                String name = level.name().toLowerCase();
                if (l.has(name)) {
                    steps.add(at("ladder." + name, () -> new EscalationStep(level, integer(l, name, "ladder"))));
                }
            }
            ladder = at("", () -> new Ladder(steps), "ladder");
        }
        long large = root.has("largeClientKopecks") ? whole(root, "largeClientKopecks", "") : d.largeClientKopecks;
        double cheap = number(root, "cheapThreshold", "", d.cheapThreshold);
        List<Campaign> campaigns = new ArrayList<>(d.campaigns);
        if (root.has("campaigns")) {
            campaigns.clear();
            JsonNode list = array(root, "campaigns");
            for (int i = 0; i < list.size(); i++) {
                JsonNode c = list.get(i);
                String p = "campaigns[" + i + "]";
                campaigns.add(at(p, () -> new Campaign(text(c, "code", p), text(c, "ordered", p), text(c, "offer", p),
                        c.has("lookbackMonths") ? integer(c, "lookbackMonths", p) : 3)));
                for (int j = 0; j < i; j++) {
                    if (campaigns.get(j).code().equals(campaigns.get(i).code())) {
                        throw Check.invalid(p + ".code", "\"" + campaigns.get(i).code() + "\" is listed twice");
                    }
                }
            }
        }
        long collect = d.collectTargetKopecks;
        long points = d.upsellPointsTarget;
        if (root.has("targets")) {
            JsonNode t = object(root, "targets", "");
            collect = t.has("collectKopecks") ? whole(t, "collectKopecks", "targets") : collect;
            points = t.has("upsellPoints") ? whole(t, "upsellPoints", "targets") : points;
        }
        Map<String, String> replyOperations = defaultReplyOperations(catalog);
        if (root.has("replyOperations")) {
            JsonNode ro = object(root, "replyOperations", "");
            Map<String, String> map = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = ro.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().isBlank() || e.getKey().length() > MAX_TEXT) {
                    throw Check.invalid("replyOperations." + e.getKey(),
                            "an issue type must be 1 to " + MAX_TEXT + " characters");
                }
                map.put(e.getKey(), text(ro, e.getKey(), "replyOperations"));
            }
            replyOperations = map;
        }
        LotoCards lotoCards = d.lotoCards;
        if (root.has("lotoCards")) {
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
                        throw Check.invalid(p + ".offers[" + j + "]", "must be a service code");
                    }
                    codes.add(offer.textValue());
                }
                LotoCard made = at(p, () -> new LotoCard(text(card, "service", p), codes));
                if (cards.stream().anyMatch(c -> c.service().equals(made.service()))) {
                    throw Check.invalid(p + ".service", "\"" + made.service() + "\" is listed twice");
                }
                cards.add(made);
            }
            lotoCards = new LotoCards(cards);
        }
        LotoCards loto = lotoCards;
        Map<String, String> ops = replyOperations;
        NormCatalog c = catalog;
        AdjacencyTable a = adjacency;
        Ramp rp = ramp;
        Weights w = weights;
        Ladder ld = ladder;
        long col = collect;
        long pts = points;
        return at("", () -> new ResultsSettings(c, a, rp, hired, w, ld, large, cheap, campaigns, col, pts, ops,
                loto));
    }

    // Field helpers: every failure names the field by its path.

    private static String path(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    /** Runs a core constructor, prefixing the field its failure names with the JSON path. */
    private static <T> T at(String prefix, Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidFieldException e) {
            if (prefix.isEmpty() || e.field().startsWith(prefix)) {
                throw e;
            }
            String field = path(prefix, e.field());
            int cut = e.getMessage().indexOf(": ");
            throw Check.invalid(field, cut < 0 ? e.getMessage() : e.getMessage().substring(cut + 2));
        }
    }

    /** Runs a core constructor whose failure is about the whole member {@code member}. */
    private static <T> T at(String prefix, Supplier<T> make, String member) {
        try {
            return make.get();
        } catch (InvalidFieldException e) {
            if (e.field().startsWith(member)) {
                throw e;
            }
            String field = member + (e.field().startsWith("[") ? "" : ".") + e.field();
            int cut = e.getMessage().indexOf(": ");
            throw Check.invalid(field, cut < 0 ? e.getMessage() : e.getMessage().substring(cut + 2));
        }
    }

    private static JsonNode array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw Check.invalid(field, "must be an array");
        }
        return value;
    }

    private static JsonNode array(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw Check.invalid(path(prefix, field), "must be an array");
        }
        return value;
    }

    private static JsonNode object(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw Check.invalid(path(prefix, field), "must be an object");
        }
        return value;
    }

    /** Codes, names and issue types are shown whole on the settings page and the gadgets. */
    static final int MAX_TEXT = 255;

    private static String text(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            throw Check.invalid(path(prefix, field), "must be a non-empty string");
        }
        if (value.textValue().length() > MAX_TEXT) {
            throw Check.invalid(path(prefix, field), "must be at most " + MAX_TEXT + " characters");
        }
        return value.textValue();
    }

    private static int integer(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt()) {
            throw Check.invalid(path(prefix, field), "must be a whole number");
        }
        return value.intValue();
    }

    private static long whole(JsonNode node, String field, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw Check.invalid(path(prefix, field), "must be a whole number");
        }
        return Check.notNegative(value.longValue(), path(prefix, field));
    }

    private static double number(JsonNode node, String field, String prefix, double fallback) {
        JsonNode value = node.get(field);
        if (value == null) {
            return fallback;
        }
        if (!value.isNumber()) {
            throw Check.invalid(path(prefix, field), "must be a number");
        }
        return value.doubleValue();
    }

    private static Band band(JsonNode ramp, String field) {
        JsonNode b = object(ramp, field, "ramp");
        String p = "ramp." + field;
        return at(p, () -> new Band(number(b, "min", p, Double.NaN), number(b, "max", p, Double.NaN)));
    }

    private static LocalDate date(JsonNode node, String field, String prefix) {
        String value = text(node, field, prefix);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Check.invalid(path(prefix, field), "expected a date such as 2026-11-05");
        }
    }
}
