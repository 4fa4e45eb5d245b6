package io.backstop.app.settings;

import java.util.Locale;
import java.util.Optional;

/**
 * The language of everything Backstop writes on an issue (its internal notes): the department's, set once in the
 * settings ({@code notesLanguage}), for a note is read by whoever opens the issue later. Russian unless set: the
 * department is Russian.
 */
public enum NotesLanguage {
    EN("en"),
    RU("ru");

    public static final NotesLanguage DEFAULT = RU;

    private final String code;

    NotesLanguage(String code) {
        this.code = code;
    }

    /** As the settings document writes it: {@code en} or {@code ru}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language of a code exactly as the document writes it, if there is one. */
    public static Optional<NotesLanguage> of(String code) {
        for (NotesLanguage language : values()) {
            if (language.code.equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
