package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.at;
import static io.backstop.sandbox.rest.Rest.instant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The notes Backstop leaves on an issue are read by the department: in its language (the settings'
 * {@code notesLanguage}, Russian unless set), with local times as people write them, each naming the moment of the
 * move and stamped with it, even when the clock jumps over that moment.
 */
class IssueNotesIT extends DepartmentIT {

    private static final String KEY = "WEB-1";

    @Test
    void aRussianDepartmentReadsItsNotesInRussianUntilItChoosesEnglish() {
        // Monday 10:02 a client of ivanova writes: due 11:02. The clock jumps to 11:20; the tick at 11:05 on the
        // way breaches and moves the issue to the operator.
        calls.clockTo(at("2026-11-02T10:02"));
        calls.createIssue(Map.of("key", KEY, "owner", "ivanova", "summary", "Где мой заказ?"));
        calls.clockTo(at("2026-11-02T11:20"));

        JsonNode breach = lastNote();
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(breach.get("body").asText()).isEqualTo("Backstop переназначил задачу с ivanova на"
                    + " operator в пн 02.11 11:05: клиенту не ответили в срок. Клиент ждёт ответа с пн 02.11 10:02;"
                    + " ответить нужно было до пн 02.11 11:02.");
            softly.assertThat(instant(breach.get("at"))).as("the note's own time: the move's")
                    .isEqualTo(moscow("11:05"));
            softly.assertThat(calls.get("admin", BACKSTOP + "settings").path("notesLanguage").asText())
                    .as("the language unless set").isEqualTo("ru");
        });

        // The head chooses English notes; at 11:30 the operator answers and the issue goes home with an English note.
        ObjectNode english = Rest.department().deepCopy();
        english.put("notesLanguage", "en");
        calls.putSettings(english);
        calls.clockTo(at("2026-11-02T11:30"));
        calls.comment(KEY, "operator", false);

        JsonNode home = lastNote();
        assertThat(home.get("body").asText()).isEqualTo("Backstop moved this issue from operator to ivanova on"
                + " Mon 2 Nov 11:30: ivanova is the client's manager and is at work.");
        assertThat(instant(home.get("at"))).isEqualTo(moscow("11:30"));
        assertThat(notes()).hasSize(2);
        calls.putSettings(Rest.department());
    }

    private static JsonNode lastNote() {
        List<JsonNode> notes = notes();
        assertThat(notes).isNotEmpty();
        return notes.get(notes.size() - 1);
    }

    private static List<JsonNode> notes() {
        List<JsonNode> notes = new ArrayList<>();
        calls.issue(KEY).get("comments").forEach(c -> {
            if (c.get("author").asText().equals("backstop") && c.get("internal").asBoolean()) {
                notes.add(c);
            }
        });
        return notes;
    }

    /** Monday 2 November 2026 at a Moscow time such as 11:05. */
    private static Instant moscow(String time) {
        return Rest.parseInstant(at("2026-11-02T" + time));
    }
}
