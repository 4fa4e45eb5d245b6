package io.backstop.app.notes;

import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.NotesLanguage;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.ResponseClock;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * What Backstop writes on an issue, so the next person knows what happened and why: in the department's language
 * (the settings' {@code notesLanguage}) with times in the calendar's zone as people write them ({@link NoteTimes}),
 * each note naming the moment it happened. The texts are {@link MessageFormat} patterns in
 * {@code i18n/backstop-notes.properties} and {@code _ru}.
 */
public final class IssueNotes {

    /** The notes' bundle: {@code i18n/backstop-notes.properties} and {@code _ru}. */
    public static final String BUNDLE = "i18n.backstop-notes";

    private final NotesLanguage language;
    private final ResourceBundle texts;
    private final NoteTimes times;

    public IssueNotes(NotesLanguage language, ZoneId zone) {
        this.language = language;
        this.texts = bundle(language);
        this.times = NoteTimes.of(language, zone);
    }

    /** The notes of this department: its language, its calendar's zone. */
    public static IssueNotes of(DepartmentSettings settings) {
        return new IssueNotes(settings.notesLanguage(), settings.calendar().zone());
    }

    public NotesLanguage language() {
        return language;
    }

    /**
     * Backstop moved an issue ({@code moved}, at its instant): who from and to, why, and while the client waits
     * ({@code after}, the clock after the move), since when and by when an answer is due.
     */
    public String reassigned(Reassignment moved, ResponseClock after) {
        Instant at = moved.at();
        String why = text("notes.why." + moved.reason().name(), moved.from(), moved.to());
        String note = text("notes.moved", moved.from(), moved.to(), times.format(at), why);
        if (after.awaitingSince() == null) {
            return note;
        }
        String waiting = text(late("notes.waiting", after.due(), at), times.format(after.awaitingSince(), at),
                times.format(after.due(), at));
        return note + " " + waiting;
    }

    /**
     * A reminder sent {@code at} to {@code to} (written {@code @to}; making it a mention the tracker notifies is the
     * host's): the client waits since {@code waitingSince}, an answer is due by {@code due}.
     */
    public String reminder(String to, Instant waitingSince, Instant due, Instant at) {
        return text(late("notes.reminder", due, at), to, times.format(at), times.format(waitingSince, at),
                times.format(due, at));
    }

    /** {@code by} promised at {@code madeAt} to answer by {@code due}: short, for the timeline. */
    public String promiseMade(String by, Instant madeAt, Instant due) {
        return text("notes.promiseMade", by, times.format(madeAt), times.format(due, madeAt));
    }

    /** The promise {@code by} made at {@code madeAt} to answer by {@code due} was not kept: it broke at {@code due}. */
    public String promiseBroken(String by, Instant madeAt, Instant due) {
        return text("notes.promiseBroken", by, times.format(madeAt, due), times.format(due));
    }

    /** The key, or its {@code .late} form when {@code due} is not after {@code at}. */
    private static String late(String key, Instant due, Instant at) {
        return due.isAfter(at) ? key : key + ".late";
    }

    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), language.locale()).format(arguments);
    }

    /** A pattern of the language's bundle as written (times' patterns are not {@link MessageFormat}s). */
    static String pattern(NotesLanguage language, String key) {
        return bundle(language).getString(key);
    }

    /**
     * The language's bundle, English where it lacks a key (a test keeps Russian complete); never the JVM's default
     * locale in between, so an English department gets English on a Russian server.
     */
    static ResourceBundle bundle(NotesLanguage language) {
        try {
            return ResourceBundle.getBundle(BUNDLE, language.locale(), IssueNotes.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("the notes' texts are missing from the app: " + BUNDLE, e);
        }
    }
}
