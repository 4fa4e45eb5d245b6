package io.backstop.app.results.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A CSV file as rows of cells (RFC 4180): cells separated by commas, a cell in double quotes may hold commas, line
 * breaks and doubled quotes; lines end in CRLF, LF or CR. A file whose first line has semicolons and no comma (what
 * a spreadsheet in Russian saves) is read with semicolons. A UTF-8 byte order mark is dropped. Rows are numbered as
 * a spreadsheet shows them (the header is row 1), blank lines included, so an error's row is the one the head sees.
 */
record CsvTable(List<Line> lines) {

    /** One record of the file: its row number and its cells, as written (the export's formula guard undone). */
    record Line(int row, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A file that is not CSV: where (row) and what. */
    static final class Malformed extends RuntimeException {

        private final int row;
        private final Problem problem;

        Malformed(int row, Problem problem) {
            super("row " + row + ": " + problem.english());
            this.row = row;
            this.problem = problem;
        }

        int row() {
            return row;
        }

        Problem problem() {
            return problem;
        }
    }

    static CsvTable parse(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separator(s);
        List<Line> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int row = 1;
        int start = 1;
        int i = 0;
        boolean quoted = false;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (cell.isEmpty() && !quoted && c == '"' && startOfCell(s, i, separator)) {
                int close = closingQuote(s, i + 1);
                if (close < 0) {
                    throw new Malformed(start, Problem.QUOTE_OPEN);
                }
                String inside = s.substring(i + 1, close);
                row += lineBreaks(inside);
                cell.append(inside.replace("\"\"", "\""));
                i = close + 1;
                quoted = true;
                if (i < s.length() && s.charAt(i) != separator && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                    throw new Malformed(row, Problem.QUOTE_TEXT);
                }
                continue;
            }
            if (c == separator) {
                cells.add(unguarded(cell.toString()));
                cell.setLength(0);
                quoted = false;
            } else if (c == '\n' || c == '\r') {
                cells.add(unguarded(cell.toString()));
                lines.add(new Line(start, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                quoted = false;
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                row++;
                start = row;
            } else {
                cell.append(c);
            }
            i++;
        }
        if (!cells.isEmpty() || !cell.isEmpty() || quoted) {
            cells.add(unguarded(cell.toString()));
            lines.add(new Line(start, List.copyOf(cells)));
        }
        return new CsvTable(List.copyOf(lines));
    }

    /** The rows as a file: the header first, CRLF line ends, each cell quoted only when it has to be. */
    static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(guarded(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** A semicolon file: its first line has a semicolon outside quotes and no comma there. */
    private static char separator(String s) {
        boolean inQuotes = false;
        boolean semicolon = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                break;
            } else if (!inQuotes && c == ',') {
                return ',';
            } else if (!inQuotes && c == ';') {
                semicolon = true;
            }
        }
        return semicolon ? ';' : ',';
    }

    private static boolean startOfCell(String s, int i, char separator) {
        if (i == 0) {
            return true;
        }
        char before = s.charAt(i - 1);
        return before == separator || before == '\n' || before == '\r';
    }

    /** The index of the quote that closes a cell opened before {@code from}, or -1. */
    private static int closingQuote(String s, int from) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == '"') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return -1;
    }

    private static int lineBreaks(String text) {
        return (int) text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
    }

    /**
     * The cell as the head wrote it: the export puts an apostrophe before a leading =, +, - or @ so that a
     * spreadsheet does not take it for a formula (as {@code Csv.cell} does); reading takes it off again.
     */
    private static String unguarded(String cell) {
        return GUARDED.matcher(cell).lookingAt() ? cell.substring(1) : cell;
    }

    /**
     * A cell written with the guard; a value that itself starts with apostrophes before such a sign gets one more,
     * so that every value reads back as it was written.
     */
    private static String guarded(String value) {
        String v = value == null ? "" : value;
        if (FORMULA.matcher(v).lookingAt()) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
                || v.indexOf('\r') >= 0) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@]");
    private static final Pattern GUARDED = Pattern.compile("'+[=+\\-@]");
}
