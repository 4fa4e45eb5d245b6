package io.backstop.app.results.catalogue;

import static io.backstop.app.results.catalogue.Column.Kind;
import static io.backstop.app.results.catalogue.Column.optional;
import static io.backstop.app.results.catalogue.Column.required;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.rest.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalogues the head keeps, each a table over one member of the results settings document: the norm catalogue,
 * the service adjacency points, the loto cards, the cyclic campaigns and the scorecard's weights; and the rules, one
 * row per single figure of the document ({@link RuleRows}). Rows are read from and written to their own place only,
 * through the document's own reader, so the rest of the settings stay as they are.
 */
enum Catalogue {
    NORMS("norms", "catalog", List.of(required("code", Kind.CODE), required("name", Kind.TEXT),
            required("minutes", Kind.MINUTES), optional("instruction", Kind.INSTRUCTION, "")), 1),
    ADJACENCY("adjacency", "adjacency", List.of(required("from", Kind.CODE), required("to", Kind.CODE),
            required("level", Kind.POSITIVE), required("points", Kind.NOT_NEGATIVE)), 2),
    LOTO_CARDS("loto-cards", "lotoCards", List.of(required("service", Kind.CODE),
            optional("offers", Kind.CODES, "")), 1),
    CAMPAIGNS("campaigns", "campaigns", List.of(required("code", Kind.CODE), required("ordered", Kind.CODE),
            required("offer", Kind.CODE), optional("lookbackMonths", Kind.POSITIVE, "3")), 1),
    WEIGHTS("weights", "weights", List.of(required("role", Kind.ROLE), required("component", Kind.COMPONENT),
            required("weight", Kind.WEIGHT)), 2),
    RULES("rules", "rules", List.of(required("rule", Kind.RULE), required("value", Kind.NUMBER)), 1);

    /** More rows than any department keeps: a file this long is a mistake (or an attempt to slow the server). */
    static final int MAX_ROWS = 2000;

    private final String id;
    private final String member;
    private final List<Column> columns;
    private final int keyColumns;

    Catalogue(String id, String member, List<Column> columns, int keyColumns) {
        this.id = id;
        this.member = member;
        this.columns = columns;
        this.keyColumns = keyColumns;
    }

    /** The name in the REST path and the file name ({@code norms}, {@code loto-cards}). */
    String id() {
        return id;
    }

    /** The member of the results settings document that holds it. */
    String member() {
        return member;
    }

    List<Column> columns() {
        return columns;
    }

    List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    /** What names a row: its first {@code keyColumns} cells (a code; a pair for adjacency and weights). */
    String key(List<String> cells) {
        return String.join(" \u2192 ", cells.subList(0, keyColumns));
    }

    /** The column a repeated key is reported on: the last of the key's columns. */
    Column keyColumn() {
        return columns.get(keyColumns - 1);
    }

    static Optional<Catalogue> find(String id) {
        for (Catalogue catalogue : values()) {
            if (catalogue.id.equals(id == null ? "" : id.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(catalogue);
            }
        }
        return Optional.empty();
    }

    /** The rows as the settings document holds them, in its order, each cell written as {@link Column#check} does. */
    List<List<String>> rows(ObjectNode settings) {
        JsonNode node = settings.path(member);
        if (this == WEIGHTS) {
            return WeightRows.rows(node);
        }
        if (this == RULES) {
            return RuleRows.rows(settings);
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode item : node) {
            List<String> cells = new ArrayList<>();
            for (Column column : columns) {
                JsonNode value = item.path(column.name());
                cells.add(cell(column, value));
            }
            rows.add(List.copyOf(cells));
        }
        return rows;
    }

    private static String cell(Column column, JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return column.absent() == null ? "" : column.absent();
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            value.forEach(part -> parts.add(part.asText()));
            return String.join(" ", parts);
        }
        return value.asText();
    }

    /** The settings member these rows make, over the current document (the weights keep its shape). */
    JsonNode member(List<List<String>> rows, ObjectNode settings) {
        if (this == WEIGHTS) {
            return WeightRows.member(rows);
        }
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (List<String> cells : rows) {
            ObjectNode item = list.addObject();
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                String value = cells.get(i);
                switch (column.kind()) {
                    case MINUTES, POSITIVE, NOT_NEGATIVE -> item.put(column.name(), Integer.parseInt(value));
                    case CODES -> column.splitCodes(value).forEach(item.putArray(column.name())::add); // [] if none
                    default -> {
                        if (!value.isEmpty()) {
                            item.put(column.name(), value);
                        }
                    }
                }
            }
        }
        return list;
    }

    /** A rule between cells of one row that no single cell shows; the error names the second cell. */
    Optional<CellError> rowRule(int row, List<String> cells) {
        return switch (this) {
            case ADJACENCY -> differ(row, cells, 0, 1);
            case CAMPAIGNS -> differ(row, cells, 1, 2);
            case LOTO_CARDS -> columns.get(1).splitCodes(cells.get(1)).contains(cells.get(0))
                    ? Optional.of(CellError.at(row, "offers", Problem.SAME, "service", cells.get(0)))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<CellError> differ(int row, List<String> cells, int first, int second) {
        return cells.get(first).equals(cells.get(second))
                ? Optional.of(CellError.at(row, columns.get(second).name(), Problem.SAME,
                        columns.get(first).name(), cells.get(first)))
                : Optional.empty();
    }
}
