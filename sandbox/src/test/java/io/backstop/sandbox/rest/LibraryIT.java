package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The answer library over REST in the sandbox: a reply marked with its client's question, search by another form of
 * the words, reuse ranking, what a manager who may not browse the issue sees, the missing list fed by real replies,
 * and bad input answered 400 naming the field with nothing stored.
 */
class LibraryIT extends DepartmentIT {

    private static long debtEntry;

    @BeforeAll
    static void startTheDepartment() throws Exception {
        calls.clockTo(Rest.at("2026-11-02T10:00"));
        // sidorova's client; ivanova is not her deputy, so she may not browse this issue
        conversation("WEB-1", "sidorova", "Почему у ООО Ромашка долг по счёту?",
                "Оплата по счёту проходит до трёх дней, статус виден в личном кабинете.");
        debtEntry = Rest.Calls.ok(client.post("head", BACKSTOP + "library/entries",
                Map.of("issue", "WEB-1", "service", "site-support", "tags", List.of("Оплата"))), "mark").get("id")
                .asLong();
        for (int i = 2; i <= 4; i++) {
            conversation("WEB-" + i, "ivanova", List.of("Когда придёт отчёт по продвижению?",
                    "Пришлите отчёт о продвижении за октябрь", "Где отчёт по продвижению сайта?").get(i - 2),
                    "Отчёт пришлём до пятого числа.");
        }
    }

    private static void conversation(String key, String owner, String question, String answer) {
        calls.createIssue(key, owner);
        Rest.Calls.ok(client.post("admin", SANDBOX + "issues/" + key + "/comments",
                Map.of("author", "client", "body", question)), "question on " + key);
        Rest.Calls.ok(client.post("admin", SANDBOX + "issues/" + key + "/comments",
                Map.of("author", owner, "body", answer)), "answer on " + key);
    }

    private static JsonNode search(String user, String words) {
        return calls.get(user, BACKSTOP + "library/entries?q=" + Rest.query(words)).get("entries");
    }

    @Test
    void theHeadSeesTheQuestionAndFindsTheEntryByAnotherFormOfItsWords() {
        JsonNode found = search("head", "ромашки счетом");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("question").asText()).isEqualTo("Почему у ООО Ромашка долг по счёту?");
        assertThat(found.get(0).get("issue").asText()).isEqualTo("WEB-1");
        assertThat(found.get(0).get("service").asText()).isEqualTo("site-support");
        assertThat(found.get(0).get("operation").asText()).isEqualTo("client-question");
        assertThat(found.get(0).get("tags")).extracting(JsonNode::asText).containsExactly("оплата");
    }

    @Test
    void aManagerWhoMayNotBrowseTheIssueFindsTheAnswerButNotTheQuestion() {
        assertThat(search("ivanova", "ромашка")).isEmpty();
        JsonNode found = search("ivanova", "оплата кабинет");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).has("question")).isFalse();
        assertThat(found.get(0).has("issue")).isFalse();
        assertThat(found.get(0).get("questionHidden").asBoolean()).isTrue();
        JsonNode one = calls.get("ivanova", BACKSTOP + "library/entries/" + debtEntry);
        assertThat(one.has("question")).isFalse();
        assertThat(client.post("ivanova", BACKSTOP + "library/entries", Map.of("issue", "WEB-1")).status())
                .isEqualTo(404);
    }

    @Test
    void usingAnEntryCountsAndTheMostReusedComesFirst() {
        long first = Rest.Calls.ok(client.post("ivanova", BACKSTOP + "library/entries", Map.of("issue", "WEB-2")),
                "mark").get("id").asLong();
        long second = Rest.Calls.ok(client.post("ivanova", BACKSTOP + "library/entries", Map.of("issue", "WEB-3")),
                "mark").get("id").asLong();
        JsonNode used = Rest.Calls.ok(client.post("operator", BACKSTOP + "library/entries/" + second + "/use", ""),
                "use");
        assertThat(used.get("reuses").asLong()).isEqualTo(1);
        assertThat(used.get("answer").asText()).isEqualTo("Отчёт пришлём до пятого числа.");
        assertThat(search("ivanova", "отчеты продвижение")).extracting(e -> e.get("id").asLong())
                .containsExactly(second, first);

        JsonNode merged = Rest.Calls.ok(client.post("head", BACKSTOP + "library/entries/" + first + "/merge",
                Map.of("into", second)), "merge");
        assertThat(merged.get("reuses").asLong()).isEqualTo(1);
        assertThat(search("ivanova", "отчеты продвижение")).extracting(e -> e.get("id").asLong())
                .containsExactly(second);
        assertThat(client.post("ivanova", BACKSTOP + "library/entries", Map.of("issue", "WEB-2")).status())
                .as("a reply is put into the library once").isEqualTo(409);
        Rest.Calls.ok(client.post("head", BACKSTOP + "library/entries/" + second + "/retire", ""), "retire");
        assertThat(search("ivanova", "отчеты продвижение")).isEmpty();
    }

    @Test
    void questionsAnsweredOftenWithoutAnEntryAreMissing() {
        JsonNode missing = calls.get("head", BACKSTOP + "library/missing?min=3&days=30").get("missing");
        assertThat(missing).anySatisfy(m -> {
            assertThat(m.get("words")).extracting(JsonNode::asText).containsExactly("отчет", "продвижен");
            assertThat(m.get("times").asInt()).isGreaterThanOrEqualTo(3);
            assertThat(m.get("examples")).isNotEmpty();
        });
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        int before = search("head", "").size();
        assertField(client.get("head", BACKSTOP + "library/entries?limit=0"), "limit");
        assertField(client.get("head", BACKSTOP + "library/entries?limit=x"), "limit");
        assertField(client.get("head", BACKSTOP + "library/entries?service=Bad%20Code"), "service");
        assertField(client.post("head", BACKSTOP + "library/entries", Map.of()), "issue");
        assertField(client.post("head", BACKSTOP + "library/entries", Map.of("issue", "WEB-4", "tags", "x")), "tags");
        assertField(client.post("head", BACKSTOP + "library/entries", Map.of("issue", "WEB-4", "operation", "nope")),
                "operation");
        assertField(client.post("head", BACKSTOP + "library/entries", Map.of("issue", "WEB-4", "reply", "999999")),
                "reply");
        assertField(client.post("head", BACKSTOP + "library/entries/abc/use", ""), "id");
        assertField(client.put("head", BACKSTOP + "library/entries/" + debtEntry, Map.of("answer", " ")), "answer");
        assertField(client.post("head", BACKSTOP + "library/entries/" + debtEntry + "/merge", Map.of("into", "x")),
                "into");
        assertField(client.post("head", BACKSTOP + "library/entries/" + debtEntry + "/merge",
                Map.of("into", debtEntry)), "into");
        assertField(client.get("head", BACKSTOP + "library/missing?days=0"), "days");
        assertThat(client.get("head", BACKSTOP + "library/entries/999999").status()).isEqualTo(404);
        assertThat(search("head", "")).hasSize(before);
    }

    private static void assertField(SandboxClient.Answer answer, String field) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(400);
        assertThat(answer.body().path("field").asText()).as(answer.body().toString()).isEqualTo(field);
    }
}
