package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every field answers 400 with {@code {"error", "field"}} naming the field, and changes nothing:
 * each case reads what it might have touched before and after the call.
 */
class BadInputIT extends DepartmentIT {

    private static final String OPEN_ISSUE = "WEB-1";

    @BeforeAll
    static void aDepartmentWithAnOpenIssueAndAnAbsence() throws Exception {
        calls.clockTo(Rest.at("2026-11-02T10:00"));
        calls.createIssue(OPEN_ISSUE, "sidorova");
        calls.absence(Map.of("person", "petrova", "from", Rest.at("2026-11-10T00:00"), "to", Rest.at("2026-11-11T00:00")));
    }

    // Settings.

    static Stream<Arguments> badSettings() {
        return Stream.of(
                settings("calendar.zone", doc -> set(doc, "/calendar/zone", "Mars/Olympus")),
                settings("calendar.zone", doc -> set(doc, "/calendar/zone", null)),
                settings("calendar.zone", doc -> set(doc, "/calendar/zone", 3)),
                settings("calendar", doc -> set(doc, "/calendar", null)),
                settings("calendar", doc -> set(doc, "/calendar", "Moscow")),
                settings("calendar.week", doc -> set(doc, "/calendar/week", null)),
                settings("calendar.week", doc -> set(doc, "/calendar/week", Map.of())),
                settings("calendar.week.MON[1]", doc -> set(doc, "/calendar/week/MON/1", "14:00-25:00")),
                settings("calendar.week.TUE[0]", doc -> set(doc, "/calendar/week/TUE/0", "18:00-09:00")),
                settings("calendar.week.WED[0]", doc -> set(doc, "/calendar/week/WED/0", 900)),
                settings("calendar.week.THU[1]", doc -> set(doc, "/calendar/week/THU/1", "2pm-6pm")),
                settings("calendar.week.MON", doc -> set(doc, "/calendar/week/MON", "09:00-18:00")),
                settings("calendar.week.FUNDAY", doc -> set(doc, "/calendar/week/FUNDAY", List.of("09:00-18:00"))),
                settings("calendar.holidays[0]", doc -> set(doc, "/calendar/holidays/0", "2026-13-01")),
                settings("calendar.holidays[1]", doc -> array(doc, "/calendar/holidays").add(20261231)),
                settings("calendar.holidays", doc -> set(doc, "/calendar/holidays", "2026-11-04")),
                settings("policy", doc -> set(doc, "/policy", null)),
                settings("policy.queueAfter", doc -> set(doc, "/policy/queueAfter", "half an hour")),
                settings("policy.queueAfter", doc -> set(doc, "/policy/queueAfter", "-PT30M")),
                settings("policy.queueAfter", doc -> set(doc, "/policy/queueAfter", null)),
                settings("policy.respondWithin", doc -> set(doc, "/policy/respondWithin", "PT8X")),
                settings("policy.respondWithin", doc -> set(doc, "/policy/respondWithin", 8)),
                settings("policy.respondWithin", doc -> set(doc, "/policy/respondWithin", null)),
                settings("policy.returnToOwner", doc -> set(doc, "/policy/returnToOwner", "yes")),
                settings("policy.answerWithin", doc -> set(doc, "/policy/answerWithin", "PT0S")), // a promise is later
                settings("policy.answerWithin", doc -> set(doc, "/policy/answerWithin", "two days")),
                settings("policy.remindBefore", doc -> set(doc, "/policy/remindBefore", "-PT30M")),
                settings("policy.remindBefore", doc -> set(doc, "/policy/remindBefore", 30)),
                settings("goals", doc -> set(doc, "/goals", "Complaint")),
                settings("goals[1]", doc -> set(doc, "/goals/1", "Highest")),
                settings("goals[0].issueTypes", doc -> set(doc, "/goals/0/issueTypes", "Complaint")),
                settings("goals[0].issueTypes[0]", doc -> set(doc, "/goals/0/issueTypes/0", 7)),
                settings("goals[1].priorities[0]", doc -> set(doc, "/goals/1/priorities/0", true)),
                settings("goals[0].queueAfter", doc -> set(doc, "/goals/0/queueAfter", "soon")),
                settings("goals[0].respondWithin", doc -> set(doc, "/goals/0/respondWithin", "-PT1H")),
                settings("goals[1].respondWithin", doc -> set(doc, "/goals/1/respondWithin", "PT4")),
                settings("goals[0].answerWithin", doc -> set(doc, "/goals/0/answerWithin", "PT0S")),
                settings("goals[1].answerWithin", doc -> set(doc, "/goals/1/answerWithin", "soon")),
                settings("people", doc -> set(doc, "/people", null)),
                settings("people", doc -> set(doc, "/people", Map.of("name", "head"))),
                settings("people[1]", doc -> set(doc, "/people/1", "operator")),
                settings("people[3].role", doc -> set(doc, "/people/3/role", "BOSS")),
                settings("people[3].role", doc -> set(doc, "/people/3/role", null)),
                settings("people[3].role", doc -> set(doc, "/people/3/role", 1)),
                settings("people[2].name", doc -> set(doc, "/people/2/name", "")),
                settings("people[2].name", doc -> set(doc, "/people/2/name", null)),
                settings("people[2].name", doc -> set(doc, "/people/2/name", List.of("office"))),
                settings("people[5].name", doc -> set(doc, "/people/5/name", "ivanova")),
                settings("people[5].name", doc -> set(doc, "/people/5/name", "Ivanova")), // logins ignore case
                settings("people[2].name", doc -> set(doc, "/people/2/name", "office\u0000")),
                settings("people[2].name", doc -> set(doc, "/people/2/name", "of\u001Bfice")),
                settings("people[2].name", doc -> set(doc, "/people/2/name", "\u202Eeciffo")),
                settings("people[2].name", doc -> set(doc, "/people/2/name", "off:ice")), // Basic could not log in
                settings("people[2].name", doc -> set(doc, "/people/2/name", " office ")),
                settings("people[3].deputies[0]", doc -> set(doc, "/people/3/deputies/0", "petrova ")),
                settings("people[3].deputies[0]", doc -> set(doc, "/people/3/deputies/0", "nobody")),
                settings("people[4].deputies[1]", doc -> set(doc, "/people/4/deputies/1", 5)),
                settings("people[4].deputies", doc -> set(doc, "/people/4/deputies", "ivanova")),
                settings("people[5].coversFrom", doc -> set(doc, "/people/5/coversFrom", "2027-02-01")), // a day
                settings("people[5].coversFrom", doc -> set(doc, "/people/5/coversFrom", 20270201)),
                settings("people", doc -> set(doc, "/people/1/role", "MANAGER")), // no operator
                settings("people", doc -> set(doc, "/people/2/role", "OPERATOR")), // two operators
                settings("people", doc -> set(doc, "/people/0/role", "OFFICE_MANAGER")), // no head
                settings("people[3].role", doc -> {  // two directors: at most one (issue 16)
                    set(doc, "/people/2/role", "DIRECTOR");
                    set(doc, "/people/3/role", "DIRECTOR");
                }),
                settings("tick", doc -> set(doc, "/tick", "often")),
                settings("tick", doc -> set(doc, "/tick", "PT0S")),
                settings("tick", doc -> set(doc, "/tick", "-PT1M")),
                settings("tick", doc -> set(doc, "/tick", 60)),
                settings("staffGroup", doc -> set(doc, "/staffGroup", "")),
                settings("staffGroup", doc -> set(doc, "/staffGroup", 5)),
                settings("projects", doc -> set(doc, "/projects", "WEB")),
                settings("projects[1]", doc -> set(doc, "/projects", List.of("WEB", "web-2"))),
                settings("projects[1]", doc -> set(doc, "/projects", List.of("WEB", "WEB"))),
                settings("projects[0]", doc -> set(doc, "/projects", List.of(5))),
                settings("notesLanguage", doc -> set(doc, "/notesLanguage", "de")),
                settings("notesLanguage", doc -> set(doc, "/notesLanguage", "RU")),
                settings("notesLanguage", doc -> set(doc, "/notesLanguage", 1)),
                settings("holdingReplies", doc -> set(doc, "/holdingReplies", "получили")),
                settings("holdingReplies.phrases", doc -> set(doc, "/holdingReplies", Map.of("phrases", "получили"))),
                settings("holdingReplies.phrases[1]", doc -> set(doc, "/holdingReplies",
                        Map.of("phrases", List.of("получили", "!!!")))),
                settings("holdingReplies.phrases[0]", doc -> set(doc, "/holdingReplies",
                        Map.of("phrases", List.of(" ")))),
                settings("holdingReplies.limit", doc -> set(doc, "/holdingReplies", Map.of("limit", 0))),
                settings("holdingReplies.limit", doc -> set(doc, "/holdingReplies", Map.of("limit", 10_001))),
                settings("holdingReplies.limit", doc -> set(doc, "/holdingReplies", Map.of("limit", "300"))),
                settings("complaints", doc -> set(doc, "/complaints", "жалоба")),
                settings("complaints.lexicon", doc -> set(doc, "/complaints", Map.of("lexicon", "жалоба"))),
                settings("complaints.lexicon.ru", doc -> set(doc, "/complaints",
                        Map.of("lexicon", Map.of("ru", "жалоба")))),
                settings("complaints.lexicon.ru[1]", doc -> set(doc, "/complaints",
                        Map.of("lexicon", Map.of("ru", List.of("жалоба", "н*"))))),
                settings("complaints.lexicon.ru[0]", doc -> set(doc, "/complaints",
                        Map.of("lexicon", Map.of("ru", List.of("недо*вол"))))),
                settings("complaints.lexicon.en[0]", doc -> set(doc, "/complaints",
                        Map.of("lexicon", Map.of("en", List.of(" "))))),
                settings("complaints.lexicon.en[0]", doc -> set(doc, "/complaints",
                        Map.of("lexicon", Map.of("en", List.of(5))))),
                settings("complaints.lexicon.en[1]", doc -> set(doc, "/complaints",
                        Map.of("lexicon", Map.of("en", List.of("complaint", "complaint …"))))),
                raw("(body)", "{\"calendar\": "),
                raw("(body)", "not JSON at all"),
                raw("(body)", "[" + Rest.department() + "]"),
                raw("(body)", "null"),
                raw("(body)", ""),
                raw("(body)", huge()));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("badSettings")
    void badSettingsChangeNothing(String field, String shown, String body) {
        JsonNode before = calls.get("admin", BACKSTOP + "settings");
        JsonNode people = calls.get("head", BACKSTOP + "people");

        assertBadInput(client.put("admin", BACKSTOP + "settings", body), field);

        assertThat(calls.get("admin", BACKSTOP + "settings")).isEqualTo(before);
        assertThat(calls.get("head", BACKSTOP + "people")).isEqualTo(people);
    }

    @Test
    void aPersonWhoOwnsOpenIssuesMayNotBeRemoved() {
        JsonNode before = calls.get("admin", BACKSTOP + "settings");
        ObjectNode withoutSidorova = Rest.department();
        ((ArrayNode) withoutSidorova.get("people")).remove(5);
        ((ArrayNode) withoutSidorova.at("/people/4/deputies")).remove(0); // petrova's deputy sidorova
        ((ArrayNode) withoutSidorova.at("/people/4/deputies")).add("ivanova");
        while (withoutSidorova.at("/people/4/deputies").size() > 1) {
            ((ArrayNode) withoutSidorova.at("/people/4/deputies")).remove(1);
        }

        SandboxClient.Answer answer = client.put("admin", BACKSTOP + "settings", withoutSidorova);

        assertBadInput(answer, "people");
        assertThat(answer.body().get("error").asText()).contains("sidorova");
        assertThat(calls.get("admin", BACKSTOP + "settings")).isEqualTo(before);
        assertThat(client.get("sidorova", BACKSTOP + "people").status()).isEqualTo(200);
    }

    // Absences.

    static Stream<Arguments> badAbsences() {
        return Stream.of(
                absence("person", Map.of("from", Rest.at("2026-11-03T00:00"), "to", Rest.at("2026-11-04T00:00"))),
                absence("person", Map.of("person", "nobody", "to", Rest.at("2026-11-04T00:00"))),
                absence("person", Map.of("person", 5, "to", Rest.at("2026-11-04T00:00"))),
                absence("from", Map.of("person", "ivanova", "from", "tomorrow")),
                absence("from", Map.of("person", "ivanova", "from", "2026-11-03T10:00")),
                absence("from", Map.of("person", "ivanova", "from", "2026-11-03", "to", Rest.at("2026-11-04T00:00"))),
                absence("to", Map.of("person", "ivanova", "to", "2026-11-04")),
                absence("to", Map.of("person", "ivanova", "to", "in two days")),
                absence("until", Map.of("person", "ivanova", "until", "next week")),
                absence("until", Map.of("person", "ivanova", "until", Rest.at("2026-11-05T00:00"))),
                absence("to", Map.of("person", "ivanova", "from", Rest.at("2026-11-05T00:00"),
                        "to", Rest.at("2026-11-03T00:00"))),
                absence("until", Map.of("person", "ivanova", "from", Rest.at("2026-11-05T10:00"),
                        "until", "2026-11-03")),
                absence("until", Map.of("person", "ivanova", "from", Rest.at("2026-11-02T09:00"),
                        "until", "2026-10-30")),
                absence("until", Map.of("person", "ivanova", "kind", "SICK", "until", "2026-10-30")),
                absence("kind", Map.of("person", "ivanova", "to", Rest.at("2026-11-04T00:00"), "kind", "HOLIDAY")),
                absence("kind", Map.of("person", "ivanova", "to", Rest.at("2026-11-04T00:00"), "kind", 2)),
                absence("until", Map.of("person", "ivanova", "to", Rest.at("2026-11-04T00:00"), "until", "2026-11-05")),
                rawAbsence("(body)", "{\"person\": \"ivanova\""),
                rawAbsence("(body)", "[{\"person\": \"ivanova\"}]"),
                rawAbsence("(body)", ""));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("badAbsences")
    void badAbsencesAreNotRecorded(String field, String shown, String body) {
        JsonNode before = calls.get("admin", BACKSTOP + "absences");
        JsonNode people = calls.get("admin", BACKSTOP + "people");

        assertBadInput(client.post("admin", BACKSTOP + "absences", body), field);

        assertThat(calls.get("admin", BACKSTOP + "absences")).isEqualTo(before);
        assertThat(calls.get("admin", BACKSTOP + "people")).isEqualTo(people);
    }

    @Test
    void removingAnAbsenceNeedsTheIdOfOne() {
        JsonNode before = calls.get("admin", BACKSTOP + "absences");
        assertThat(before).isNotEmpty();

        assertBadInput(client.delete("admin", BACKSTOP + "absences/abc"), "id");
        SandboxClient.Answer unknown = client.delete("admin", BACKSTOP + "absences/999");
        assertThat(unknown.status()).as("" + unknown.body()).isEqualTo(404);
        assertThat(unknown.body().get("field").asText()).isEqualTo("id");

        assertThat(calls.get("admin", BACKSTOP + "absences")).isEqualTo(before);
    }

    /**
     * Withdrawing and looking at what approving would do take a request: an absence recorded as it is answers 404
     * naming the id; a request settled already answers 409 naming the state it is in, and stays as it was.
     */
    @Test
    void onlyARequestIsWithdrawnOrWeighedAndOnlyWhileItWaits() {
        String recorded = calls.get("admin", BACKSTOP + "absences").get(0).path("id").asText();
        for (SandboxClient.Answer answer : List.of(client.post("admin", BACKSTOP + "absences/requests/" + recorded
                + "/withdraw", ""), client.get("head", BACKSTOP + "absences/requests/" + recorded + "/conflicts"))) {
            assertThat(answer.status()).as("" + answer.body()).isEqualTo(404);
            assertThat(answer.body().path("field").asText()).isEqualTo("id");
        }
        String refused = Rest.Calls.ok(client.post("ivanova", BACKSTOP + "absences/requests", Map.of(
                "from", Rest.at("2026-11-20T09:00"), "to", Rest.at("2026-11-20T13:00"))), "ask").path("id").asText();
        Rest.Calls.ok(client.post("head", BACKSTOP + "absences/requests/" + refused + "/refuse", ""), "refuse");
        JsonNode before = calls.get("admin", BACKSTOP + "absences/requests");

        SandboxClient.Answer late = client.post("ivanova", BACKSTOP + "absences/requests/" + refused + "/withdraw", "");

        assertThat(late.status()).as("" + late.body()).isEqualTo(409);
        assertThat(late.body().path("field").asText()).isEqualTo("status");
        assertThat(late.body().path("error").asText()).isEqualTo("already REFUSED");
        assertThat(calls.get("admin", BACKSTOP + "absences/requests")).isEqualTo(before);
        assertThat(client.get("head", BACKSTOP + "absences/requests/" + refused + "/conflicts").status())
                .as("a settled request may still be looked at").isEqualTo(200);
    }

    // The head's catalogues (issue 17): a bad row refuses the whole import, naming its row and column.

    static Stream<Arguments> badCatalogues() {
        String norms = "code,name,minutes\nclient-question,Answer a client question,15\n";
        return Stream.of(
                Arguments.of("norms", Map.of("csv", norms + "long-letter,Answer a long letter,-60\n"), "csv",
                        "row 3, column minutes: must be more than 0, got -60"),
                Arguments.of("norms", Map.of("csv", norms + "client-question,Answer again,10\n"), "csv",
                        "row 3, column code: \"client-question\" is listed twice (first in row 2)"),
                Arguments.of("norms", Map.of("csv", norms + "long-letter,Answer a long letter,1.5\n"), "csv",
                        "row 3, column minutes: must be a whole number of minutes, got \"1.5\""),
                Arguments.of("norms", Map.of("csv", "code,title,minutes\nx,y,1\n"), "csv",
                        "row 1, column title: there is no column \"title\" in this catalogue (its columns: code, name,"
                                + " minutes, instruction)"),
                Arguments.of("norms", Map.of("rows", List.of(Map.of("code", "x", "name", "y", "minutes", "ten"))),
                        "rows[0].minutes", "row 2, column minutes: must be a whole number of minutes, got \"ten\""),
                Arguments.of("adjacency", Map.of("csv", "from,to,level,points\nseo,seo,1,5\n"), "csv",
                        "row 2, column to: must differ from from (\"seo\")"),
                Arguments.of("loto-cards", Map.of("csv", "service,offers\nseo,direct seo\n"), "csv",
                        "row 2, column offers: must differ from service (\"seo\")"),
                Arguments.of("campaigns", Map.of("csv", "code,ordered,offer,lookbackMonths\nx,seo,ads,0\n"), "csv",
                        "row 2, column lookbackMonths: must be more than 0, got 0"),
                Arguments.of("weights", Map.of("csv", "role,component,weight\nMANAGER,output,0.5\nOPERATOR,timeliness,1\n"
                        + "HEAD,output,1\n"), "csv", "row 2, column weight: the weights of MANAGER add up to 0.5; they must add up to 1"),
                Arguments.of("weights", Map.of("csv", "role,component,weight\nMANAGER,output,1.5\n"), "csv",
                        "row 2, column weight: must be a number from 0 to 1 such as 0.35, got \"1.5\""));
    }

    @ParameterizedTest(name = "[{index}] {0}: {3}")
    @MethodSource("badCatalogues")
    void aBadRowRefusesTheWholeImportAndChangesNothing(String catalogue, Map<String, Object> body, String field,
                                                       String error) {
        JsonNode settings = calls.get("admin", BACKSTOP + "results/settings");
        JsonNode audit = calls.get("head", BACKSTOP + "audit");
        for (String call : List.of("preview", "apply")) {
            SandboxClient.Answer answer = call.equals("preview")
                    ? client.post("head", BACKSTOP + "results/catalogues/" + catalogue + "/preview", body)
                    : client.put("head", BACKSTOP + "results/catalogues/" + catalogue, body);
            assertBadInput(answer, field);
            assertThat(answer.body().path("error").asText()).isEqualTo(error);
            assertThat(answer.body().path("errors").get(0).path("key").asText()).startsWith("backstop.catalogues.");
        }
        assertThat(calls.get("admin", BACKSTOP + "results/settings")).isEqualTo(settings);
        assertThat(calls.get("head", BACKSTOP + "audit")).isEqualTo(audit);
    }

    // Audit and breaches.

    @ParameterizedTest(name = "[{index}] {0}?{1}")
    @MethodSource("badPeriods")
    void auditAndBreachesNeedInstantsWithAnOffset(String list, String query, String field) {
        assertBadInput(client.get("head", BACKSTOP + list + "?" + query), field);
    }

    static Stream<Arguments> badPeriods() {
        return Stream.of("audit", "breaches").flatMap(list -> Stream.of(
                Arguments.of(list, "from=yesterday", "from"),
                Arguments.of(list, "from=2026-11-02T10:00:00", "from"),
                Arguments.of(list, "to=2026-11-02", "to"),
                Arguments.of(list, "from=" + Rest.query(Rest.at("2026-11-02T00:00")) + "&to=soon", "to")));
    }

    // The sandbox tracker.

    static Stream<Arguments> badIssues() {
        return Stream.of(
                issue("owner", Map.of("key", "BAD-1")),
                issue("owner", Map.of("key", "BAD-1", "owner", "nobody")),
                issue("owner", Map.of("key", "BAD-1", "owner", "")),
                issue("owner", Map.of("key", "BAD-1", "owner", 5)),
                issue("key", Map.of("key", 5, "owner", "ivanova")),
                issue("key", Map.of("key", "", "owner", "ivanova")),
                issue("key", Map.of("key", " ", "owner", "ivanova")),
                issue("key", Map.of("key", "BAD/1", "owner", "ivanova")),
                issue("issueType", Map.of("key", "BAD-1", "owner", "ivanova", "issueType", 5)),
                issue("priority", Map.of("key", "BAD-1", "owner", "ivanova", "priority", List.of("High"))),
                issue("client", Map.of("key", "BAD-1", "owner", "ivanova", "client", true)),
                issue("summary", Map.of("key", "BAD-1", "owner", "ivanova", "summary", Map.of())),
                rawIssue("(body)", "{\"key\": \"BAD-1\", \"owner\": "),
                rawIssue("(body)", "[{\"key\": \"BAD-1\", \"owner\": \"ivanova\"}]"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("badIssues")
    void badIssuesAreNotCreated(String field, String shown, String body) {
        JsonNode queue = calls.get("admin", BACKSTOP + "queue");
        JsonNode people = calls.get("admin", BACKSTOP + "people");

        assertBadInput(client.post("admin", SANDBOX + "issues", body), field);

        assertThat(client.get("admin", SANDBOX + "issues/BAD-1").status()).isEqualTo(404);
        assertThat(client.get("admin", BACKSTOP + "issues/BAD-1/sla").status()).isEqualTo(404);
        for (String key : List.of("", " ", "BAD/1")) {
            assertThat(sandbox.tracker().find(key)).as("an issue \"" + key + "\"").isEmpty();
            assertThat(sandbox.backstop().views().clock(key)).as("a clock \"" + key + "\"").isEmpty();
        }
        assertThat(calls.get("admin", BACKSTOP + "queue")).isEqualTo(queue);
        assertThat(calls.get("admin", BACKSTOP + "people")).isEqualTo(people);
    }

    @Test
    void anIssueKeyIsTakenOnce() {
        JsonNode issue = calls.issue(OPEN_ISSUE);
        JsonNode sla = calls.sla(OPEN_ISSUE);

        SandboxClient.Answer again = client.post("admin", SANDBOX + "issues",
                Map.of("key", OPEN_ISSUE, "owner", "ivanova"));

        assertThat(again.status()).as("" + again.body()).isEqualTo(409);
        assertThat(again.body().get("field").asText()).isEqualTo("key");
        assertThat(calls.issue(OPEN_ISSUE)).isEqualTo(issue);
        assertThat(calls.sla(OPEN_ISSUE)).isEqualTo(sla);
    }

    static Stream<Arguments> badComments() {
        return Stream.of(
                comment("author", Map.of("body", "hello")),
                comment("author", Map.of("author", "nobody", "body", "hello")),
                comment("author", Map.of("author", "", "body", "hello")),
                comment("author", Map.of("author", 5, "body", "hello")),
                comment("author", Map.of("author", "backstop", "body", "hello")),
                comment("internal", Map.of("author", "ivanova", "body", "hello", "internal", "yes")),
                comment("internal", Map.of("author", "ivanova", "body", "hello", "internal", 1)),
                comment("body", Map.of("author", "ivanova", "body", 5)),
                rawComment("(body)", "{\"author\": \"ivanova\", "),
                rawComment("(body)", "[{\"author\": \"ivanova\"}]"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("badComments")
    void badCommentsAreNotAdded(String field, String shown, String body) {
        JsonNode issue = calls.issue(OPEN_ISSUE);
        JsonNode sla = calls.sla(OPEN_ISSUE);

        assertBadInput(client.post("admin", SANDBOX + "issues/" + OPEN_ISSUE + "/comments", body), field);

        assertThat(calls.issue(OPEN_ISSUE)).isEqualTo(issue);
        assertThat(calls.sla(OPEN_ISSUE)).isEqualTo(sla);
    }

    @Test
    void aCommentOnAnUnknownIssueIsNotFound() {
        SandboxClient.Answer answer = client.post("admin", SANDBOX + "issues/WEB-404/comments",
                Map.of("author", "client", "body", "hello"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().get("field").asText()).isEqualTo("key");
        assertThat(client.post("admin", SANDBOX + "issues/WEB-404/resolve", "").status()).isEqualTo(404);
        assertThat(client.get("admin", SANDBOX + "issues/WEB-404").status()).isEqualTo(404);
        assertThat(sandbox.tracker().comments("WEB-404")).isEmpty();
    }

    // The manual clock.

    static Stream<Arguments> badClockMoves() {
        return Stream.of(
                clock("advance", Map.of("advance", "5 moments")),
                clock("advance", Map.of("advance", "1d")), // clock time: a day of 24 hours or of 8? (issue 18)
                clock("advance", Map.of("advance", "-PT5M")),
                clock("advance", Map.of("advance", 300)),
                clock("advance", Map.of("advance", "")),
                clock("advance", Map.of("advance", "PT9999999999999H")), // past Instant.MAX
                clock("advance", Map.of("advance", "PT8000000000000H")), // within Instant, past the tick grid's millis
                clock("to", Map.of("to", "+999999999-12-31T23:59:59Z")),
                clock("to", Map.of("to", "tomorrow")),
                clock("to", Map.of("to", "2026-11-02T11:00:00")),
                clock("to", Map.of("to", Rest.at("2026-11-02T09:59"))),
                clock("to", Map.of("to", "2026-11-01T00:00:00Z")),
                clock("(body)", orderedMap("advance", "PT5M", "to", Rest.at("2026-11-02T11:00"))),
                clock("(body)", orderedMap("settle", true, "advance", "PT5M")),
                clock("(body)", Map.of()),
                clock("settle", Map.of("settle", false)),
                clock("settle", Map.of("settle", "true")),
                rawClock("(body)", "{\"advance\": "),
                rawClock("(body)", "[{\"advance\": \"PT5M\"}]"));
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @MethodSource("badClockMoves")
    void badClockMovesLeaveTheClockWhereItIs(String field, String shown, String body) {
        JsonNode before = calls.get("admin", SANDBOX + "clock");
        JsonNode sla = calls.sla(OPEN_ISSUE);

        assertBadInput(client.post("admin", SANDBOX + "clock", body), field);

        assertThat(calls.get("admin", SANDBOX + "clock")).isEqualTo(before);
        assertThat(calls.sla(OPEN_ISSUE)).isEqualTo(sla);
    }

    // Helpers.

    private static void assertBadInput(SandboxClient.Answer answer, String field) {
        assertThat(answer.status()).as("status of " + answer.body()).isEqualTo(400);
        assertThat(answer.body().path("error").asText()).as("error of " + answer.body()).isNotBlank();
        assertThat(answer.body().path("field").asText()).as("field of " + answer.body()).isEqualTo(field);
    }

    private static Arguments settings(String field, Consumer<ObjectNode> change) {
        ObjectNode document = Rest.department();
        change.accept(document);
        return Arguments.of(field, abbreviate(document.toString()), document.toString());
    }

    private static Arguments raw(String field, String body) {
        return Arguments.of(field, abbreviate(body), body);
    }

    private static Arguments absence(String field, Map<String, ?> body) {
        return raw(field, Rest.JSON.valueToTree(body).toString());
    }

    private static Arguments rawAbsence(String field, String body) {
        return raw(field, body);
    }

    private static Arguments issue(String field, Map<String, ?> body) {
        return raw(field, Rest.JSON.valueToTree(body).toString());
    }

    private static Arguments rawIssue(String field, String body) {
        return raw(field, body);
    }

    private static Arguments comment(String field, Map<String, ?> body) {
        return raw(field, Rest.JSON.valueToTree(body).toString());
    }

    private static Arguments rawComment(String field, String body) {
        return raw(field, body);
    }

    private static Arguments clock(String field, Map<String, ?> body) {
        return raw(field, Rest.JSON.valueToTree(body).toString());
    }

    private static Arguments rawClock(String field, String body) {
        return raw(field, body);
    }

    private static Map<String, Object> orderedMap(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    /** A settings document of more than a megabyte: a staff group name no one would type. */
    private static String huge() {
        ObjectNode document = Rest.department();
        document.put("staffGroup", "x".repeat((1 << 20) + 1));
        return document.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 60) + " ... (" + text.length() + " characters)";
    }

    /** Sets (or with {@code null} removes) the value at a JSON pointer of the document. */
    private static void set(ObjectNode document, String pointer, Object value) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = document.at(path.head());
        String last = path.last().getMatchingProperty();
        JsonNode node = Rest.JSON.valueToTree(value);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove(last);
            } else {
                object.set(last, node);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (value == null) {
                array.remove(index);
            } else if (index < array.size()) {
                array.set(index, node);
            } else {
                array.add(node);
            }
        } else {
            throw new IllegalArgumentException("no parent for " + pointer);
        }
    }

    // Promotions (forecast-21).

    static Stream<Arguments> badPromotions() {
        Map<String, Object> valid = Map.of("name", "Black Friday", "from", "2026-11-27", "to", "2026-11-30",
                "percent", 40);
        return Stream.of(
                Arguments.of(without(valid, "name"), "name"),
                Arguments.of(with(valid, "to", "2026-11-20"), "to"),
                Arguments.of(with(valid, "percent", 0), "percent"),
                Arguments.of(without(valid, "percent"), "percent"),
                Arguments.of(with(valid, "messagesPerDay", 5), "percent"),
                Arguments.of(with(without(valid, "percent"), "messagesPerDay", -1), "messagesPerDay"));
    }

    @ParameterizedTest
    @MethodSource("badPromotions")
    void aBadPromotionNamesItsFieldAndIsNotKept(Map<String, Object> body, String field) {
        JsonNode before = calls.get("head", BACKSTOP + "forecast/promotions");
        assertBadInput(client.post("head", BACKSTOP + "forecast/promotions", body), field);
        assertThat(calls.get("head", BACKSTOP + "forecast/promotions")).isEqualTo(before);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.remove(field);
        return copy;
    }

    private static ArrayNode array(ObjectNode document, String pointer) {
        return (ArrayNode) document.at(pointer);
    }
}
