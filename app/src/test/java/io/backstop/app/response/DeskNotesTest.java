package io.backstop.app.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The desk's notes on the issues it moves: in the department's language as the settings have it when the note is
 * written, dated with the instant of the move (which the tracker is told).
 */
class DeskNotesTest {

    private static final String DEPARTMENT = """
            {
              "calendar": { "zone": "Europe/Moscow", "week": { "MON": ["09:00-18:00"] }, "holidays": [] },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "ivanova", "role": "MANAGER" }
              ],
              "tick": "PT5M"%s
            }
            """;
    private static final IssueFacts WEB_1 = new IssueFacts("WEB-1", "Client request", "Medium", "ivanova", "Acme");

    private final TestHost host = new TestHost();
    private final ResponseDesk desk = host.backstop.responses();

    @AfterEach
    void close() {
        host.store.close();
    }

    @Test
    void aRussianNoteThenAnEnglishOneEachDatedWithItsMove() {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT.formatted("")));
        desk.issueCreated(WEB_1, "client", at("10:00"));
        desk.runWatcher(at("11:05"));

        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT.formatted(", \"notesLanguage\": \"en\"")));
        desk.commentAdded(WEB_1, "operator", false, at("11:30"));

        assertThat(host.tracker.notes).containsExactly(
                "WEB-1: Backstop переназначил задачу с ivanova на operator в пн 02.11 11:05: клиенту не ответили в"
                        + " срок. Клиент ждёт ответа с пн 02.11 10:00; ответить нужно было до пн 02.11 11:00.",
                "WEB-1: Backstop moved this issue from operator to ivanova on Mon 2 Nov 11:30: ivanova is the"
                        + " client's manager and is at work.");
        assertThat(host.tracker.noteTimes).containsExactly(at("11:05"), at("11:30"));
    }

    @Test
    void everyNoteOfATickIsInTheLanguageOfItsSettingsAndTheNextTickFollowsAChange() {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT.formatted("")));
        desk.issueCreated(WEB_1, "client", at("10:00"));
        desk.issueCreated(new IssueFacts("WEB-2", "Client request", "Medium", "ivanova", "Acme"), "client",
                at("10:01"));
        desk.issueCreated(new IssueFacts("WEB-3", "Client request", "Medium", "ivanova", "Acme"), "client",
                at("10:30"));
        desk.runWatcher(at("11:05"));

        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT.formatted(", \"notesLanguage\": \"en\"")));
        desk.runWatcher(at("11:35"));

        assertThat(host.tracker.notes).hasSize(3);
        assertThat(host.tracker.notes.get(0)).startsWith("WEB-1: Backstop переназначил задачу с ivanova на operator");
        assertThat(host.tracker.notes.get(1)).startsWith("WEB-2: Backstop переназначил задачу с ivanova на operator");
        assertThat(host.tracker.notes.get(2)).startsWith("WEB-3: Backstop moved this issue from ivanova to operator");
    }

    /** Monday 2 November 2026 at a Moscow time. */
    private static Instant at(String time) {
        return OffsetDateTime.parse("2026-11-02T" + time + ":00+03:00").toInstant();
    }
}
