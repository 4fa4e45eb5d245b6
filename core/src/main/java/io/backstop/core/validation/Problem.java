package io.backstop.core.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;

/**
 * What is wrong, as a message key and its arguments, so each host says it in its caller's language. Keys read
 * {@code error.<area>.<what>} ({@code error.input.*} for what any field can get wrong); their texts are
 * {@link MessageFormat} patterns in the UTF-8 bundles {@code i18n/backstop-errors.properties} and {@code _ru} (the
 * sandbox's own in {@code i18n/sandbox-errors}), the arguments fill {@code {0}}, {@code {1}}, ... in order.
 */
public record Problem(String key, List<Object> args) {

    /** The bundles, English first; a host without the sandbox simply lacks the second. */
    public static final List<String> BUNDLES = List.of("i18n/backstop-errors", "i18n/sandbox-errors");

    /** The languages the bundles speak; the first is the fallback. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    private static final Map<String, Map<String, String>> TEXTS = new java.util.concurrent.ConcurrentHashMap<>();

    public Problem {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args.stream().map(arg -> arg == null ? "null" : arg).toList());
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, Arrays.asList(args));
    }

    /** The text from the given patterns (key to pattern) in the locale; the key and arguments when it has none. */
    public String in(Function<String, String> patterns, Locale locale) {
        String pattern = patterns.apply(key);
        if (pattern == null) {
            return toString();
        }
        // numbers as Java writes them (ids, limits, years, shares): a locale's grouping would make 2026 into "2,026"
        // and a problem as an argument (the roles of "only {0} may") in the same language
        Object[] shown = args.stream().map(arg -> arg instanceof Number ? (Object) arg.toString()
                : arg instanceof Problem part ? part.in(patterns, locale) : arg).toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** The English text: logs, the command line, and messages tests read. */
    public String english() {
        return in(texts(Locale.ENGLISH)::get, Locale.ENGLISH);
    }

    /** Every key's pattern in the language ({@link #LANGUAGES}), English where it has none. */
    public static Map<String, String> texts(Locale language) {
        return TEXTS.computeIfAbsent(language.getLanguage(), tag -> {
            Map<String, String> texts = new HashMap<>();
            for (String bundle : BUNDLES) {
                read(bundle + ".properties", texts);
                if (!tag.equals(LANGUAGES.get(0).getLanguage())) {
                    read(bundle + "_" + tag + ".properties", texts);
                }
            }
            return Map.copyOf(texts);
        });
    }

    /** The key and arguments. */
    @Override
    public String toString() {
        return args.isEmpty() ? key : key + " " + args;
    }

    private static void read(String resource, Map<String, String> into) {
        try (InputStream in = Problem.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            properties.stringPropertyNames().forEach(name -> into.put(name, properties.getProperty(name)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
