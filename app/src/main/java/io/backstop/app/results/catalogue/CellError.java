package io.backstop.app.results.catalogue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.rest.Json;
import java.util.List;

/**
 * One thing wrong in an import, where the head finds it: the row as a spreadsheet numbers it (the header is row 1;
 * 0 when it is about no one row) and the column (null when it is about the whole row or file).
 */
record CellError(int row, String column, Problem problem, List<String> args) {

    CellError {
        args = List.copyOf(args);
    }

    static CellError at(int row, String column, Problem problem, Object... args) {
        return new CellError(row, column, problem, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** "row 7, column minutes: must be a whole number of minutes, got "7.5"". */
    String message() {
        String where = row > 0 && column != null ? "row " + row + ", column " + column
                : row > 0 ? "row " + row : column != null ? "column " + column : "";
        return (where.isEmpty() ? "" : where + ": ") + problem.english(args);
    }

    /**
     * The field of the REST error: the JSON path of the row's cell ({@code rows[5].minutes} for row 7, the first
     * row after the header being {@code rows[0]}), {@code header} for the header row, {@code rows} otherwise.
     */
    String field() {
        if (row == 1) {
            return "header";
        }
        if (row < 2) {
            return "rows";
        }
        return "rows[" + (row - 2) + "]" + (column == null ? "" : "." + column);
    }

    ObjectNode json() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        if (row > 0) {
            node.put("row", row);
        }
        if (column != null) {
            node.put("column", column);
        }
        node.put("key", problem.key());
        com.fasterxml.jackson.databind.node.ArrayNode list = node.putArray("args");
        args.forEach(list::add);
        node.put("error", message());
        return node;
    }
}
