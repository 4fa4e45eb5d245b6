package io.backstop.app.results.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.rest.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scorecard's weights as rows {@code role,component,weight}, over either shape of the settings member: the flat
 * object of one set of weights (read as the managers'; only MANAGER rows can be kept in it) or the object of one set
 * per role ({@code {"MANAGER": {...}, "OPERATOR": {...}, "HEAD": {...}}}). Each role's weights add up to 1.
 */
final class WeightRows {

    static final List<String> ROLES = List.of("MANAGER", "OPERATOR", "HEAD");
    /** The components a role may be weighed on (issue 17: rescue speed for the operator). */
    static final List<String> COMPONENTS = List.of("output", "receivables", "timeliness", "quality", "upsells",
            "rescue");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

    private WeightRows() {
    }

    static boolean perRole(JsonNode member) {
        for (JsonNode value : member) {
            if (value.isObject()) {
                return true;
            }
        }
        return false;
    }

    static List<List<String>> rows(JsonNode member) {
        List<List<String>> rows = new ArrayList<>();
        if (perRole(member)) {
            member.fields().forEachRemaining(role -> add(rows, role.getKey(), role.getValue()));
        } else {
            add(rows, "MANAGER", member);
        }
        return rows;
    }

    private static void add(List<List<String>> rows, String role, JsonNode weights) {
        weights.fields().forEachRemaining(w -> rows.add(List.of(role, w.getKey(),
                Column.plain(new BigDecimal(w.getValue().asText())))));
    }

    /** The components the document knows: the six of issue 17 and any other it holds; the flat shape its own. */
    static Set<String> components(JsonNode member) {
        Set<String> known = new LinkedHashSet<>();
        if (perRole(member)) {
            known.addAll(COMPONENTS);
            member.forEach(role -> role.fieldNames().forEachRemaining(known::add));
        } else {
            member.fieldNames().forEachRemaining(known::add);
        }
        return known;
    }

    /** Roles and components the document can keep, and each role's weights adding up to 1. */
    static List<CellError> check(List<Integer> rowNumbers, List<List<String>> rows, JsonNode member) {
        List<CellError> errors = new ArrayList<>();
        boolean perRole = perRole(member);
        Set<String> components = components(member);
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, Integer> lastRow = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            int row = rowNumbers.get(i);
            if (!ROLES.contains(cells.get(0))) {
                errors.add(CellError.at(row, "role", Problem.ROLE, cells.get(0)));
            } else if (!perRole && !cells.get(0).equals("MANAGER")) {
                errors.add(CellError.at(row, "role", Problem.ROLE_NOT_KEPT, cells.get(0)));
            }
            if (!components.contains(cells.get(1))) {
                errors.add(CellError.at(row, "component", Problem.COMPONENT, String.join(", ", components),
                        cells.get(1)));
            }
            sums.merge(cells.get(0), new BigDecimal(cells.get(2)), BigDecimal::add);
            lastRow.put(cells.get(0), row);
        }
        sums.forEach((role, sum) -> {
            if (sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) > 0) {
                errors.add(CellError.at(lastRow.get(role), "weight", Problem.WEIGHT_SUM, role, Column.plain(sum)));
            }
        });
        return errors;
    }

    /** The member in the document's own shape; the flat shape writes every component it had (0 if not given). */
    static JsonNode member(List<List<String>> rows, JsonNode current) {
        ObjectNode member = Json.MAPPER.createObjectNode();
        if (!perRole(current)) {
            for (Iterator<String> it = current.fieldNames(); it.hasNext(); ) {
                member.put(it.next(), BigDecimal.ZERO);
            }
            rows.forEach(cells -> member.put(cells.get(1), new BigDecimal(cells.get(2))));
            return member;
        }
        rows.forEach(cells -> {
            ObjectNode role = member.has(cells.get(0)) ? (ObjectNode) member.get(cells.get(0))
                    : member.putObject(cells.get(0));
            role.put(cells.get(1), new BigDecimal(cells.get(2)));
        });
        return member;
    }
}
