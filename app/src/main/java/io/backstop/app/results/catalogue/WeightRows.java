package io.backstop.app.results.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.rest.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scorecard's weights as rows {@code role,component,weight}, over the settings member of one set per role
 * ({@code {"MANAGER": {...}, "OPERATOR": {...}, "HEAD": {...}}}). Each role's weights add up to 1.
 */
final class WeightRows {

    static final List<String> ROLES = List.of("MANAGER", "OPERATOR", "HEAD");
    /** The components a role may be weighed on (issue 17: rescue speed for the operator). */
    static final List<String> COMPONENTS = List.of("output", "receivables", "timeliness", "quality", "upsells",
            "rescue");
    private static final BigDecimal TOLERANCE = new BigDecimal("0.000001");

    private WeightRows() {
    }

    static List<List<String>> rows(JsonNode member) {
        List<List<String>> rows = new ArrayList<>();
        member.fields().forEachRemaining(role -> role.getValue().fields().forEachRemaining(w -> rows.add(
                List.of(role.getKey(), w.getKey(), Column.plain(new BigDecimal(w.getValue().asText()))))));
        return rows;
    }

    /** Known roles and components, every role listed, and each role's weights adding up to 1. */
    static List<CellError> check(List<Integer> rowNumbers, List<List<String>> rows) {
        List<CellError> errors = new ArrayList<>();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        Map<String, Integer> lastRow = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            int row = rowNumbers.get(i);
            if (!ROLES.contains(cells.get(0))) {
                errors.add(CellError.at(row, "role", Problem.ROLE, cells.get(0)));
            }
            if (!COMPONENTS.contains(cells.get(1))) {
                errors.add(CellError.at(row, "component", Problem.COMPONENT, String.join(", ", COMPONENTS),
                        cells.get(1)));
            }
            sums.merge(cells.get(0), new BigDecimal(cells.get(2)), BigDecimal::add);
            lastRow.put(cells.get(0), row);
        }
        ROLES.stream().filter(role -> !sums.containsKey(role))
                .forEach(role -> errors.add(CellError.at(1, "role", Problem.ROLE_MISSING, role)));
        sums.forEach((role, sum) -> {
            if (sum.subtract(BigDecimal.ONE).abs().compareTo(TOLERANCE) > 0) {
                errors.add(CellError.at(lastRow.get(role), "weight", Problem.WEIGHT_SUM, role, Column.plain(sum)));
            }
        });
        return errors;
    }

    /** The member: one object per role given; a role not given keeps its default (the settings reader's rule). */
    static JsonNode member(List<List<String>> rows) {
        ObjectNode member = Json.MAPPER.createObjectNode();
        rows.forEach(cells -> {
            ObjectNode role = member.has(cells.get(0)) ? (ObjectNode) member.get(cells.get(0))
                    : member.putObject(cells.get(0));
            role.put(cells.get(1), new BigDecimal(cells.get(2)));
        });
        return member;
    }
}
