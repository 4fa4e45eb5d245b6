package io.backstop.app.results.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.app.rest.ApiError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A catalogue as the head sends it, checked cell by cell: a CSV file ({@code {"csv": "..."}}) or rows of JSON
 * ({@code {"rows": [{"code": ..., "minutes": 15}, ...]}}). Every cell is checked before anything is kept; all that is
 * wrong is reported at once (up to {@link #MAX_ERRORS}), each with its row and column, and nothing is taken.
 *
 * @param member     the body's member the rows came in ({@link #CSV} or {@link #ROWS}): what a refusal's field names
 * @param rowNumbers each row's number as a spreadsheet shows it (the header is row 1; JSON's rows[0] is row 2)
 * @param rows       each row's cells in the catalogue's column order, written as {@link Column#check} does
 */
record Imported(Catalogue catalogue, String member, List<Integer> rowNumbers, List<List<String>> rows) {

    static final int MAX_ERRORS = 50;
    /** The body's members: the file's text, or rows of JSON. */
    static final String CSV = "csv";
    static final String ROWS = "rows";

    /**
     * What a body holds that cannot be taken: every error found, and the field the answer names: {@code csv} for a
     * file (its errors name row and column), the cell's path ({@code rows[5].minutes}) for rows of JSON.
     */
    static final class Refused extends RuntimeException {

        private final List<CellError> errors;
        private final String member;

        Refused(String member, List<CellError> errors) {
            super(errors.get(0).message(), null, false, false);
            this.member = member;
            this.errors = List.copyOf(errors.subList(0, Math.min(MAX_ERRORS, errors.size())));
        }

        List<CellError> errors() {
            return errors;
        }

        String field() {
            return member.equals(CSV) ? CSV : errors.get(0).field();
        }
    }

    /** The body's rows: its {@code csv} (the file's text) or its {@code rows}, as the resource has checked it. */
    static Imported read(Catalogue catalogue, JsonNode body) {
        return body.has(CSV) ? fromCsv(catalogue, body.get(CSV).textValue()) : fromJson(catalogue, body.get(ROWS));
    }

    static Imported fromCsv(Catalogue catalogue, String text) {
        List<CsvTable.Line> lines;
        try {
            lines = CsvTable.parse(text).lines().stream().filter(line -> !line.blank()).toList();
        } catch (CsvTable.Malformed e) {
            throw new Refused(CSV, List.of(CellError.at(e.row(), null, e.problem())));
        }
        if (lines.isEmpty()) {
            throw new Refused(CSV, List.of(CellError.at(1, null, Problem.NO_HEADER)));
        }
        CsvTable.Line header = lines.get(0);
        int[] position = positions(catalogue, header);
        Table table = new Table(catalogue, CSV);
        for (CsvTable.Line line : lines.subList(1, lines.size())) {
            List<String> cells = line.cells();
            if (cells.size() > header.cells().size()
                    && !cells.subList(header.cells().size(), cells.size()).stream().allMatch(String::isBlank)) {
                table.errors.add(CellError.at(line.row(), null, Problem.CELLS, cells.size(), header.cells().size()));
                continue;
            }
            List<String> raw = new ArrayList<>();
            for (int p : position) {
                raw.add(p < 0 || p >= cells.size() ? "" : cells.get(p));
            }
            table.add(line.row(), raw);
        }
        return table.done();
    }

    /** Where each column of the catalogue is in the file's header (-1: left out, optional). */
    private static int[] positions(Catalogue catalogue, CsvTable.Line header) {
        Map<String, Integer> found = new HashMap<>();
        List<CellError> errors = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cells().get(i).strip();
            if (name.isEmpty() && i == header.cells().size() - 1) {
                continue; // a trailing separator
            }
            Column column = column(catalogue, name);
            if (column == null) {
                errors.add(CellError.at(header.row(), name, Problem.COLUMN_UNKNOWN, name,
                        String.join(", ", catalogue.header())));
            } else if (found.putIfAbsent(column.name(), i) != null) {
                errors.add(CellError.at(header.row(), column.name(), Problem.COLUMN_TWICE, column.name()));
            }
        }
        int[] position = new int[catalogue.columns().size()];
        for (int c = 0; c < position.length; c++) {
            Column column = catalogue.columns().get(c);
            position[c] = found.getOrDefault(column.name(), -1);
            if (position[c] < 0 && column.absent() == null) {
                errors.add(CellError.at(header.row(), column.name(), Problem.COLUMN_MISSING, column.name()));
            }
        }
        if (!errors.isEmpty()) {
            throw new Refused(CSV, errors);
        }
        return position;
    }

    private static Column column(Catalogue catalogue, String name) {
        return catalogue.columns().stream().filter(c -> c.name().toLowerCase(Locale.ROOT)
                .equals(name.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
    }

    static Imported fromJson(Catalogue catalogue, JsonNode rows) {
        Table table = new Table(catalogue, ROWS);
        for (int i = 0; i < rows.size(); i++) {
            int row = i + 2;
            JsonNode item = rows.get(i);
            if (!item.isObject()) {
                throw ApiError.badInput(ROWS + "[" + i + "]",
                        io.backstop.core.validation.Problem.of("error.catalogue.objectRowColumns"));
            }
            for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (catalogue.columns().stream().noneMatch(c -> c.name().equals(name))) {
                    table.errors.add(CellError.at(row, name, Problem.COLUMN_UNKNOWN, name,
                            String.join(", ", catalogue.header())));
                }
            }
            List<String> raw = new ArrayList<>();
            for (Column column : catalogue.columns()) {
                raw.add(text(item.get(column.name()), row, column, table));
            }
            table.add(row, raw);
        }
        return table.done();
    }

    /** A JSON value as the cell's text: a string, a number, or (for a list of codes) strings. */
    private static String text(JsonNode value, int row, Column column, Table table) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isTextual() || value.isNumber()) {
            return value.asText();
        }
        if (value.isArray() && column.kind() == Column.Kind.CODES) {
            List<String> parts = new ArrayList<>();
            for (JsonNode part : value) {
                if (!part.isTextual()) {
                    table.errors.add(CellError.at(row, column.name(), Problem.NOT_TEXT));
                    return "";
                }
                parts.add(part.textValue());
            }
            return String.join(" ", parts);
        }
        table.errors.add(CellError.at(row, column.name(), Problem.NOT_TEXT));
        return "";
    }

    /** Rows as they are checked: each cell, each row's own rule, and each key once. */
    private static final class Table {

        private final Catalogue catalogue;
        private final String member;
        private final List<Integer> numbers = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();
        private final List<CellError> errors = new ArrayList<>();
        private final Map<String, Integer> firstRow = new HashMap<>();

        Table(Catalogue catalogue, String member) {
            this.catalogue = catalogue;
            this.member = member;
        }

        void add(int row, List<String> raw) {
            if (rows.size() == Catalogue.MAX_ROWS) {
                errors.add(CellError.at(row, null, Problem.TOO_MANY, Catalogue.MAX_ROWS));
            }
            List<String> cells = new ArrayList<>();
            boolean whole = true;
            for (int c = 0; c < raw.size(); c++) {
                try {
                    cells.add(catalogue.columns().get(c).check(raw.get(c), row));
                } catch (Column.Bad bad) {
                    errors.add(bad.error());
                    cells.add(null);
                    whole = false;
                }
            }
            if (whole) {
                catalogue.rowRule(row, cells).ifPresent(errors::add);
                String key = catalogue.key(cells);
                Integer first = firstRow.putIfAbsent(key, row);
                if (first != null) {
                    errors.add(CellError.at(row, catalogue.keyColumn().name(), Problem.TWICE, key, first));
                }
            }
            numbers.add(row);
            rows.add(java.util.Collections.unmodifiableList(cells));
        }

        Imported done() {
            if (!errors.isEmpty()) {
                throw new Refused(member, errors);
            }
            return new Imported(catalogue, member, List.copyOf(numbers), List.copyOf(rows));
        }
    }
}
