package io.backstop.app.results.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The results settings' single figures as rows {@code rule,value}: the upsell ceiling and sale window, the lost-client
 * rule, the rescue target, the upsell target, the pace of dunning calls and a client's value tiers, the reply size
 * bands and the cheap-order threshold. Each row is one path of the settings document; the document's reader checks
 * the value and names the path, so the head sets the rules the issue says are the head's (issue 17) by clicking.
 */
final class RuleRows {

    /** The paths, in the order the page lists them. */
    static final List<String> RULES = List.of("scoring.upsellCeiling", "targets.upsellPoints",
            "upsells.soldWithinDays", "scoring.lostClientDays", "scoring.lostClientPenalty",
            "scoring.rescueTargetMinutes", "debt.callEveryWorkingDays", "debt.value.high", "debt.value.medium",
            "debt.headFromDays.high", "debt.headFromDays.medium", "norms.shortReplyChars", "norms.longLetterChars",
            "norms.maxLongLetters", "cheapThreshold");

    private RuleRows() {
    }

    static List<List<String>> rows(ObjectNode settings) {
        List<List<String>> rows = new ArrayList<>();
        for (String rule : RULES) {
            JsonNode value = settings.at("/" + rule.replace('.', '/'));
            if (value.isNumber()) {
                rows.add(List.of(rule, Column.plain(value.decimalValue())));
            }
        }
        return rows;
    }

    /** Every rule listed (a rule left out would silently keep its value while the dry run shows it removed). */
    static List<CellError> check(List<List<String>> rows) {
        Set<String> listed = new HashSet<>();
        rows.forEach(cells -> listed.add(cells.get(0)));
        List<CellError> errors = new ArrayList<>();
        RULES.stream().filter(rule -> !listed.contains(rule))
                .forEach(rule -> errors.add(CellError.at(1, "rule", Problem.RULE_MISSING, rule)));
        return errors;
    }

    /** The document with each row's value at its path: whole numbers as integers, others as decimals. */
    static void apply(ObjectNode document, List<List<String>> rows) {
        for (List<String> cells : rows) {
            String[] path = cells.get(0).split("\\.");
            ObjectNode node = document;
            for (int i = 0; i < path.length - 1; i++) {
                node = node.get(path[i]) instanceof ObjectNode child ? child : node.putObject(path[i]);
            }
            BigDecimal value = new BigDecimal(cells.get(1));
            if (value.stripTrailingZeros().scale() <= 0 && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
                node.put(path[path.length - 1], value.intValueExact()); // the reader takes a whole number as an int
            } else if (value.stripTrailingZeros().scale() <= 0) {
                node.put(path[path.length - 1], value.longValueExact());
            } else {
                node.put(path[path.length - 1], value);
            }
        }
    }
}
