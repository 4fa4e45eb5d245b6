package io.backstop.app.rest;

import io.backstop.core.validation.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private final Locale locale;
    private final Map<String, String> texts;

    private ErrorTexts(Locale locale) {
        this.locale = locale;
        this.texts = Problem.texts(locale);
    }

    public static ErrorTexts in(Locale locale) {
        return new ErrorTexts(supported(locale == null ? null : locale.getLanguage()).orElse(Problem.LANGUAGES.get(0)));
    }

    /** The host's word for the caller's language, else the request's {@code Accept-Language}, else English. */
    public static Locale language(CallerLanguage host, HttpHeaders request) {
        Optional<Locale> known = request == null ? Optional.empty()
                : host.of(request).flatMap(locale -> supported(locale.getLanguage()));
        return known.or(() -> accepted(request == null ? null : request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Problem.LANGUAGES.get(0));
    }

    private static Optional<Locale> accepted(String header) {
        try {
            return header == null || header.isBlank() ? Optional.empty() : Locale.LanguageRange.parse(header).stream()
                    .map(range -> supported(range.getRange().split("-")[0])).flatMap(Optional::stream).findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a malformed header: English
        }
    }

    private static Optional<Locale> supported(String language) {
        return Problem.LANGUAGES.stream().filter(known -> known.getLanguage().equalsIgnoreCase(language)).findFirst();
    }

    public Locale locale() {
        return locale;
    }

    public String text(Problem problem) {
        return problem.in(texts::get, locale);
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
        while (!path.isEmpty() && !texts.containsKey("field." + path)) {
            int dot = path.lastIndexOf('.');
            path = dot < 0 ? "" : path.substring(0, dot);
        }
        if (path.isEmpty()) {
            return Optional.empty();
        }
        String label = Problem.of("field." + path).in(texts::get, locale);
        for (int number : rows) {
            label = Problem.of("label.row", label, number).in(texts::get, locale);
        }
        return Optional.of(label);
    }
}
