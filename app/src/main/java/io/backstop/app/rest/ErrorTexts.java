package io.backstop.app.rest;

import io.backstop.app.web.Messages;
import io.backstop.core.validation.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An error's words in one language: its problem's text and its field's label as screens name it. A label is
 * {@code field.<path>} of the errors' bundle, the path without its row numbers ({@code calendar.holidays[35]} is
 * {@code field.calendar.holidays}, then "row 36" as a person counts); a path without a label of its own takes its
 * nearest parent's ({@code calendar.week.MON[0]}: {@code field.calendar.week}).
 */
public final class ErrorTexts {

    private static final Pattern ROW = Pattern.compile("\\[(\\d+)]");
    private static final Pattern KEYED = Pattern.compile("\\[[^]]*]");

    private final Messages messages;

    private ErrorTexts(Messages messages) {
        this.messages = messages;
    }

    public static ErrorTexts in(Locale locale) {
        return new ErrorTexts(Messages.load(locale, Problem.BUNDLES.toArray(String[]::new)));
    }

    /** The host's word for the caller's language, else the request's {@code Accept-Language}, else English. */
    public static Locale language(CallerLanguage host, HttpHeaders request) {
        Optional<Locale> known = request == null ? Optional.empty() : host.of(request);
        return known.map(Messages::supported).orElseGet(() -> Messages.choose(null,
                request == null ? null : request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    public Locale locale() {
        return messages.locale();
    }

    public String text(Problem problem) {
        return problem.in(key -> messages.has(key) ? messages.all().get(key) : null, messages.locale());
    }

    /** The field's label with its rows, or empty when neither it nor a parent has one. */
    public Optional<String> label(String field) {
        if (field == null || field.isBlank()) {
            return Optional.empty();
        }
        List<Integer> rows = new ArrayList<>();
        Matcher row = ROW.matcher(field);
        while (row.find()) {
            rows.add(Integer.parseInt(row.group(1)) + 1);
        }
        String path = KEYED.matcher(field).replaceAll("").replace("(", "").replace(")", "");
        while (!path.isEmpty() && !messages.has("field." + path)) {
            int dot = path.lastIndexOf('.');
            path = dot < 0 ? "" : path.substring(0, dot);
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        String label = messages.getText("field." + path);
        for (int number : rows) {
            label = messages.format("label.row", label, String.valueOf(number));
        }
        return Optional.of(label);
    }
}
