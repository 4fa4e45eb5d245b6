package io.backstop.sandbox.demo;

import java.util.Locale;

/**
 * The language the demo department's clients and staff write in ({@code --demo-lang en|ru}): an English-speaking
 * agency, or the Russian one the department really is. Chosen once, when the demo is first seeded; the data keeps it.
 */
public enum DemoLanguage {
    EN("en", Locale.ENGLISH),
    RU("ru", Locale.forLanguageTag("ru"));

    private final String code;
    private final Locale locale;

    DemoLanguage(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    /** {@code en} or {@code ru}, as the command line and the stored setting write it. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code en} or {@code ru} (any case); anything else is refused with the values it may take. */
    public static DemoLanguage parse(String value) {
        for (DemoLanguage language : values()) {
            if (language.code.equalsIgnoreCase(value == null ? "" : value.strip())) {
                return language;
            }
        }
        throw new IllegalArgumentException("--demo-lang must be en or ru, got " + value);
    }

    /** The system's language when none is asked for: Russian on a Russian system, English anywhere else. */
    public static DemoLanguage of(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage()) ? RU : EN;
    }
}
