package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The settings document keeps every field it reads: what a {@code PUT} stores a {@code GET} gives back, and the
 * document a {@code GET} gave, {@code PUT} again, changes nothing (what the settings page and an export do). The
 * fields of issue 15 in particular: {@code policy.answerWithin}, {@code policy.remindBefore}, a goal's
 * {@code answerWithin}, a person's {@code coversFrom} and {@code holdingReplies}; and what each is when left out.
 */
class SettingsRoundTripIT extends DepartmentIT {

    private static final String SETTINGS = BACKSTOP + "settings";

    @AfterEach
    void backToTheDepartment() {
        calls.putSettings(Rest.department());
    }

    /** The department with every optional field set to something other than its default. */
    private static ObjectNode everyFieldSet() {
        ObjectNode doc = Rest.department();
        ObjectNode policy = (ObjectNode) doc.get("policy");
        policy.put("answerWithin", "1 д"); // issue 18: as people write them, in either language, or ISO
        policy.put("remindBefore", "30 мин");
        policy.put("returnToOwner", false);
        ((ObjectNode) doc.at("/goals/0")).put("answerWithin", "PT4H");
        ((ObjectNode) doc.at("/goals/1")).put("answerWithin", "2h");
        ((ObjectNode) doc.at("/people/5")).put("coversFrom", "2027-02-01T00:00:00+03:00");
        ObjectNode holding = doc.putObject("holdingReplies");
        holding.putArray("phrases").add("получили").add("уточним и вернёмся").add("we'll get back");
        holding.put("limit", 200);
        doc.putArray("projects").add("WEB").add("SEO");
        doc.put("staffGroup", "agency-staff");
        doc.put("ownAbsenceDays", 5);
        doc.put("notesLanguage", "en");
        return doc;
    }

    @Test
    void everyFieldIsKeptAndTheStoredDocumentPutBackChangesNothing() {
        calls.putSettings(everyFieldSet());
        JsonNode stored = calls.get("admin", SETTINGS);

        assertThat(stored.at("/policy/answerWithin").asText()).as("a working day").isEqualTo("1d");
        assertThat(stored.at("/policy/remindBefore").asText()).isEqualTo("30m");
        assertThat(stored.at("/policy/returnToOwner").asBoolean()).isFalse();
        assertThat(stored.at("/goals/0/answerWithin").asText()).isEqualTo("4h");
        assertThat(stored.at("/goals/0/respondWithin").asText()).isEqualTo("2h");
        assertThat(stored.at("/goals/1/answerWithin").asText()).isEqualTo("2h");
        assertThat(stored.at("/goals/1/respondWithin").isMissingNode()).as("the policy's").isTrue();
        assertThat(OffsetDateTime.parse(stored.at("/people/5/coversFrom").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-02-01T00:00:00+03:00").toInstant());
        assertThat(stored.at("/people/4/coversFrom").isMissingNode()).as("not given: from the start").isTrue();
        assertThat(stored.at("/holdingReplies/phrases").toString())
                .isEqualTo("[\"получили\",\"уточним и вернёмся\",\"we'll get back\"]");
        assertThat(stored.at("/holdingReplies/limit").asInt()).isEqualTo(200);
        assertThat(stored.at("/projects").toString()).isEqualTo("[\"WEB\",\"SEO\"]");
        assertThat(stored.get("staffGroup").asText()).isEqualTo("agency-staff");
        assertThat(stored.get("ownAbsenceDays").asInt()).isEqualTo(5);
        assertThat(stored.get("notesLanguage").asText()).isEqualTo("en");

        calls.putSettings(stored);
        assertThat(calls.get("admin", SETTINGS)).isEqualTo(stored);
    }

    @Test
    void leftOutTheNewFieldsTakeTheirDefaults() {
        calls.putSettings(Rest.department());
        JsonNode stored = calls.get("admin", SETTINGS);

        assertThat(stored.at("/policy/answerWithin").asText()).as("two working days").isEqualTo("2d");
        assertThat(stored.at("/policy/remindBefore").isMissingNode()).as("no reminders").isTrue();
        assertThat(stored.at("/goals/0/answerWithin").isMissingNode()).as("the policy's").isTrue();
        for (JsonNode person : stored.get("people")) {
            assertThat(person.has("coversFrom")).as(person.toString()).isFalse();
        }
        List<String> phrases = new ArrayList<>();
        stored.at("/holdingReplies/phrases").forEach(phrase -> phrases.add(phrase.asText()));
        assertThat(phrases).contains("получили", "уточним и вернёмся", "we'll get back");
        assertThat(stored.at("/holdingReplies/limit").asInt()).isEqualTo(300);

        calls.putSettings(stored);
        assertThat(calls.get("admin", SETTINGS)).isEqualTo(stored);
    }

    /** An empty list is the head's choice (no reply is read as holding from its text), not a missing one. */
    @Test
    void anEmptyPhraseListIsKeptEmpty() {
        ObjectNode doc = Rest.department();
        ObjectNode holding = doc.putObject("holdingReplies");
        holding.putArray("phrases");
        calls.putSettings(doc);
        JsonNode stored = calls.get("admin", SETTINGS);
        assertThat(stored.at("/holdingReplies/phrases")).isInstanceOf(ArrayNode.class).isEmpty();
        assertThat(stored.at("/holdingReplies/limit").asInt()).isEqualTo(300);

        calls.putSettings(stored);
        assertThat(calls.get("admin", SETTINGS).at("/holdingReplies/phrases")).isEmpty();
    }
}
