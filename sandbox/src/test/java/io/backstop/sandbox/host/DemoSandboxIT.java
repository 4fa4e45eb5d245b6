package io.backstop.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.demo.DemoDepartment;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fresh sandbox with the demo comes up alive: a department, a queue, breaches and reassignments on record. */
class DemoSandboxIT {

    /** The real time these demos start at: Tuesday 8 December 2026, 14:30 in Moscow. */
    static final Instant TUESDAY_AFTERNOON = Instant.parse("2026-12-08T11:30:00Z");

    @TempDir
    Path data;

    @Test
    void theDemoDepartmentLivesInAFreshSandbox() throws Exception {
        int issues;
        Instant stoppedAt;
        try (Sandbox sandbox = Sandbox.start(new SandboxOptions(0, data, false, null, 60, true)
                .at(TUESDAY_AFTERNOON, DemoDepartment.ZONE))) {
            // the demo starts on the department's working morning, an hour in (and runs on at 60x while it seeds,
            // for as long as a loaded machine takes)
            assertThat(sandbox.time().origin()).isBetween(Instant.parse("2026-12-08T07:00:00Z"),
                    Instant.parse("2026-12-08T08:00:00Z"));
            assertThat(sandbox.time().instant()).isAfterOrEqualTo(sandbox.time().origin());
            SandboxClient client = new SandboxClient(sandbox.url());
            List<String> people = new ArrayList<>();
            client.get("head", "rest/backstop/1.0/people").body().forEach(p -> people.add(p.get("name").asText()));
            assertThat(people).containsExactly("head", "operator", "office", "ivanova", "petrova", "sidorova", "director");

            JsonNode queue = client.get("operator", "rest/backstop/1.0/queue").body();
            assertThat(queue.size()).isPositive();
            assertThat(client.get("head", "rest/backstop/1.0/breaches").body().size()).isPositive();
            assertThat(client.get("head", "rest/backstop/1.0/audit").body().toString())
                    .contains("\"BREACH\"", "\"ABSENCE\"", "\"RETURN\"");
            assertThat(client.get("ivanova", "rest/backstop/1.0/absences").status()).isEqualTo(200);
            // the newcomer covers nobody yet (rule 13): only her own issues are moved to her
            for (JsonNode move : client.get("head", "rest/backstop/1.0/audit").body()) {
                if (move.get("to").asText().equals("sidorova")) {
                    String issue = move.get("issue").asText();
                    assertThat(client.get("head", "rest/backstop/1.0/issues/" + issue + "/sla").body()
                            .path("owner").asText()).as("%s", move).isEqualTo("sidorova");
                }
            }
            assertThat(client.get("admin", "rest/backstop/1.0/settings").body().path("people").toString())
                    .contains("coversFrom");
            notesAreStampedWithTheirMoves(client);
            // the demo's clients complain in their own words now and then, and write again before an answer
            JsonNode suspected = client.get("head", "rest/backstop/1.0/results/complaints/suspected").body();
            assertThat(suspected.size()).as("suspected complaints waiting").isPositive();
            assertThat(suspected.findValuesAsText("kind")).contains("WORD", "REPEAT");
            // issue 21: the forecast tried on the demo's past weeks beats both naive baselines (docs/forecast.md,
            // "Backtest")
            JsonNode backtest = client.get("head", "rest/backstop/1.0/forecast/backtest?weeks=8").body();
            assertThat(backtest.path("weeks").size()).as("weeks with a year of history before them").isPositive();
            JsonNode error = backtest.path("error");
            assertThat(error.path("forecast").asDouble(-1)).as("%s", backtest).isBetween(0.0, 1.0)
                    .isLessThan(error.path("sameWeekLastYear").asDouble())
                    .isLessThan(error.path("lastFourWeeks").asDouble());
            issues = sandbox.tracker().nextNumber() - 1;
            assertThat(issues).isGreaterThan(150);
            stoppedAt = sandbox.time().instant();
        }
        // A restart the same day keeps the department, seeds nothing twice and goes on from where the demo stopped,
        // not from the morning again.
        try (Sandbox again = Sandbox.start(new SandboxOptions(0, data, false, null, 1, true)
                .at(TUESDAY_AFTERNOON.plusSeconds(60), DemoDepartment.ZONE))) {
            assertThat(again.tracker().nextNumber() - 1).isGreaterThanOrEqualTo(issues).isLessThan(issues + 20);
            assertThat(again.time().instant()).isAfterOrEqualTo(stoppedAt);
        }
    }

    /**
     * The seeded history's moves happened at their own instants, before the sandbox's now: each internal note is
     * stamped with its move's instant (not the moment the demo was seeded) and names it, in Russian, in Moscow time.
     * Notes are read before the audit, so a move the live traffic makes meanwhile is in the audit too.
     */
    private static void notesAreStampedWithTheirMoves(SandboxClient client) {
        Map<String, List<JsonNode>> notes = new HashMap<>();
        List<String> issues = new ArrayList<>();
        for (JsonNode move : client.get("head", "rest/backstop/1.0/audit").body()) {
            String issue = move.get("issue").asText();
            if (!issues.contains(issue) && issues.size() < 20) {
                issues.add(issue);
            }
        }
        for (String issue : issues) {
            List<JsonNode> onIssue = new ArrayList<>();
            client.get("admin", "rest/sandbox/1.0/issues/" + issue).body().get("comments").forEach(c -> {
                if (c.get("author").asText().equals("backstop")) {
                    onIssue.add(c);
                }
            });
            notes.put(issue, onIssue);
        }
        Map<String, Set<Instant>> moves = new HashMap<>();
        for (JsonNode move : client.get("head", "rest/backstop/1.0/audit").body()) {
            moves.computeIfAbsent(move.get("issue").asText(), k -> new HashSet<>())
                    .add(OffsetDateTime.parse(move.get("at").asText()).toInstant());
        }
        DateTimeFormatter russian = DateTimeFormatter.ofPattern("EEE dd.MM HH:mm", Locale.forLanguageTag("ru"));
        int checked = 0;
        // A broken promise leaves a note too (rule 11), stamped when the watcher found it broken.
        Map<String, Set<Instant>> broken = new HashMap<>();
        for (JsonNode promise : client.get("head", "rest/backstop/1.0/promises?outcome=BROKEN").body()) {
            broken.computeIfAbsent(promise.get("issue").asText(), k -> new HashSet<>())
                    .add(OffsetDateTime.parse(promise.get("closedAt").asText()).toInstant());
        }
        for (String issue : issues) {
            for (JsonNode note : notes.get(issue)) {
                OffsetDateTime at = OffsetDateTime.parse(note.get("at").asText());
                if (note.get("body").asText().startsWith("@")) { // a reminder to the holder (rule 14)
                    assertThat(reminders(client, issue)).as("the reminder on %s stamped %s", issue, at)
                            .contains(at.toInstant());
                    assertThat(note.get("body").asText()).contains("(напоминание от "
                            + russian.format(at.atZoneSameInstant(DemoDepartment.ZONE)) + ")");
                    continue;
                }
                if (note.get("body").asText().startsWith("Не выполнено обещание")) {
                    assertThat(broken.get(issue)).as("the promise note on %s stamped %s", issue, at)
                            .contains(at.toInstant());
                    continue;
                }
                assertThat(moves.get(issue)).as("the note on %s stamped %s: %s", issue, at, note.get("body"))
                        .contains(at.toInstant());
                assertThat(note.get("body").asText()).startsWith("Backstop переназначил задачу")
                        .contains(" в " + russian.format(at.atZoneSameInstant(DemoDepartment.ZONE)) + ": ");
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5);
    }

    /** When the issue's holders were reminded, from its timeline. */
    private static Set<Instant> reminders(SandboxClient client, String issue) {
        Set<Instant> at = new HashSet<>();
        for (JsonNode row : client.get("head", "rest/backstop/1.0/issues/" + issue + "/sla").body().path("timeline")) {
            if (row.path("kind").asText().equals("REMINDER")) {
                at.add(OffsetDateTime.parse(row.get("at").asText()).toInstant());
            }
        }
        return at;
    }
}
