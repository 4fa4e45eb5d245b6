package io.backstop.jira.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The plugin's texts, from the same bundles Jira loads for the descriptor ({@code i18n/backstop.properties},
 * English, and {@code i18n/backstop_ru.properties}). Texts use {@link MessageFormat} placeholders like Jira's.
 */
public final class Messages {

    public static final String BUNDLE = "i18n.backstop";

    private Messages() {
    }

    /** The text for {@code key} in {@code locale} (English when null or not translated). */
    public static String text(Locale locale, String key, Object... arguments) {
        Locale wanted = locale == null ? Locale.ENGLISH : locale;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, wanted, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, wanted).format(arguments);
    }
}
