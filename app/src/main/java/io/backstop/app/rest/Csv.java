package io.backstop.app.rest;

import jakarta.ws.rs.core.Response;

/** CSV answers: RFC 4180 cells, UTF-8, offered as a download. */
public final class Csv {

    /** The media type of a CSV answer. */
    public static final String TYPE = "text/csv";

    private Csv() {
    }

    public static String cell(String value) {
        String v = value == null ? "" : value;
        // A leading =, +, - or @ would be a formula in a spreadsheet: quote it with a leading apostrophe.
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    public static Response ok(String body, String filename) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
