package io.backstop.app.response;

import io.backstop.app.notes.IssueNotes;
import io.backstop.app.settings.NotesLanguage;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The texts of the notes one piece of work leaves on issues, loaded the first time a step leaves a note, and then
 * shared: a watcher tick's hundreds of steps use one, with the language of the settings its rules came from, where
 * reading the language per step read the settings' revision once per clock. Used by one thread at a time.
 */
final class NoteTexts {

    private final Supplier<NotesLanguage> language;
    private final ZoneId zone;
    private IssueNotes loaded;

    NoteTexts(Supplier<NotesLanguage> language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
    }

    IssueNotes get() {
        if (loaded == null) {
            loaded = new IssueNotes(language.get(), zone);
        }
        return loaded;
    }
}
