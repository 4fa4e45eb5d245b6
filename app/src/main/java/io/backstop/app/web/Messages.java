package io.backstop.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The screens' texts in one language, from UTF-8 properties bundles ({@code i18n/backstop-web.properties} and
 * {@code _ru}). Texts are {@link MessageFormat} patterns, as in Jira ({@code {0}} is an argument, an apostrophe is
 * written twice). Templates call {@code $i18n.getText('key')}, the same call as on Jira's own {@code $i18n}.
 */
public final class Messages {

    /** The screens' own bundle. */
    public static final String WEB_BUNDLE = "i18n/backstop-web";
    /** The languages the screens speak; the first is the fallback. */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Messages> CACHE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final Map<String, String> texts;

    private Messages(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = Collections.unmodifiableMap(texts);
    }

    /**
     * The texts of the given bundles ({@link #WEB_BUNDLE} if none; later ones win on a shared key) in the locale,
     * English where it lacks one.
     */
    public static Messages load(Locale locale, String... bundles) {
        String[] names = bundles.length == 0 ? new String[] {WEB_BUNDLE} : bundles;
        Locale language = supported(locale);
        String cacheKey = language.getLanguage() + "|" + String.join("|", names);
        return CACHE.computeIfAbsent(cacheKey, k -> {
            Map<String, String> texts = new TreeMap<>();
            for (String bundle : names) {
                read(bundle + ".properties", texts);
                if (!language.equals(SUPPORTED.get(0))) {
                    read(bundle + "_" + language.getLanguage() + ".properties", texts);
                }
            }
            return new Messages(language, texts);
        });
    }

    /** The supported language closest to the given locale. */
    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale candidate : SUPPORTED) {
                if (candidate.getLanguage().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
        }
        return SUPPORTED.get(0);
    }

    /**
     * Which language to speak: an explicit choice ({@code ?lang=} or a remembered one) if supported, else the
     * first supported language of an {@code Accept-Language} header, else English.
     */
    public static Locale choose(String explicit, String acceptLanguage) {
        if (explicit != null) {
            for (Locale candidate : SUPPORTED) {
                if (candidate.getLanguage().equalsIgnoreCase(explicit.trim())) {
                    return candidate;
                }
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String language = range.getRange().split("-")[0];
                    for (Locale candidate : SUPPORTED) {
                        if (candidate.getLanguage().equalsIgnoreCase(language)) {
                            return candidate;
                        }
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: fall back to English
            }
        }
        return SUPPORTED.get(0);
    }

    public Locale locale() {
        return locale;
    }

    /** The language tag, e.g. {@code en} or {@code ru}. */
    public String getLanguage() {
        return locale.getLanguage();
    }

    /** The text for the key; a missing key shows as itself, so it is seen and fixed. */
    public String getText(String key) {
        String pattern = texts.get(key);
        return pattern == null ? key : new MessageFormat(pattern, locale).format(new Object[0]);
    }

    /**
     * The text with one argument. Fixed arity on purpose: Jira's Velocity allowlist names each method a template
     * calls, and how it spells a varargs parameter is unconfirmed (a refused call renders as raw
     * {@code $i18n.getText(...)}); Jira's own I18nHelper has the same {@code getText(String, Object)}.
     */
    public String getText(String key, Object argument) {
        return format(key, argument);
    }

    /** The text with any number of arguments, for Java callers (templates use {@link #getText(String, Object)}). */
    public String format(String key, Object... arguments) {
        String pattern = texts.get(key);
        return pattern == null ? key : new MessageFormat(pattern, locale).format(arguments);
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** Every key and its pattern. */
    public Map<String, String> all() {
        return texts;
    }

    /** The patterns as a JSON object, for the screens' scripts. */
    public String json() {
        ObjectNode node = MAPPER.createObjectNode();
        texts.forEach(node::put);
        return node.toString();
    }

    private static void read(String resource, Map<String, String> into) {
        ClassLoader loader = Messages.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return;
            }
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(key -> into.put(key, properties.getProperty(key)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
