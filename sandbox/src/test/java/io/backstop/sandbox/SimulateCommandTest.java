package io.backstop.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @Test
    void simulatesTheShippedDepartmentWeek() throws Exception {
        int status = run("simulate", Path.of("..", "examples", "department-week.json").toString());

        assertThat(status).as(text(err)).isZero();
        assertThat(text(err)).isEmpty();
        JsonNode result = new ObjectMapper().readTree(text(out));
        assertThat(result.fieldNames()).toIterable()
                .containsExactly("reassignments", "breaches", "replies", "queue", "promises", "reminders");
        // Petrova's sick day sends her awaiting issues to her first deputy and back at midnight.
        assertThat(result.get("reassignments").toString())
                .contains("{\"at\":\"2026-11-03T00:00:00+03:00\",\"issue\":\"WEB-2\",\"from\":\"petrova\","
                        + "\"to\":\"sidorova\",\"reason\":\"ABSENCE\"}")
                .contains("{\"at\":\"2026-11-04T00:00:00+03:00\",\"issue\":\"WEB-2\",\"from\":\"sidorova\","
                        + "\"to\":\"petrova\",\"reason\":\"RETURN\"}");
        // The 16-hour monthly report goal skips the holiday on Wednesday.
        assertThat(result.get("breaches").get(1).get("due").asText()).isEqualTo("2026-11-05T09:40:00+03:00");
    }

    @Test
    void theShippedResultFileIsWhatSimulatePrints() throws Exception {
        run("simulate", Path.of("..", "examples", "department-week.json").toString());

        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(text(out))).isEqualTo(
                mapper.readTree(Path.of("..", "examples", "department-week.result.json").toFile()));
    }

    @Test
    void aBadScenarioNamesTheFieldOnStandardErrorAndPrintsNothing() throws Exception {
        Path file = dir.resolve("bad.json");
        String week = Files.readString(Path.of("..", "examples", "department-week.json"));
        Files.writeString(file, week.replace("\"by\": \"ivanova\"", "\"by\": \"nobody\""));

        int status = run("simulate", file.toString());

        assertThat(status).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(text(err)).contains("events[2].by").contains("unknown person \"nobody\"");
    }

    /** sla-semantics.md, "Worked example, version 2": its table, row by row, written out by hand. */
    @Test
    void agreesWithTheSecondWorkedExample() throws Exception {
        Path scenarios = Path.of("..", "app", "src", "test", "resources", "scenarios");
        int status = run("simulate", scenarios.resolve("worked-example-v2.json").toString());

        assertThat(status).as(text(err)).isZero();
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(text(out))).isEqualTo(
                mapper.readTree(scenarios.resolve("worked-example-v2.result.json").toFile()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"by\": \"ivanova\", \"holding\": true| \"by\": \"ivanova\", \"promise\": \"2026-11-02T10:59:00+03:00\"|events[1].promise",
            "\"answerWithin\": \"PT8H\"|\"answerWithin\": \"PT0S\"|policy.answerWithin",
            "\"answerWithin\": \"PT8H\"|\"answerWithin\": \"eight hours\"|policy.answerWithin",
            "\"remindBefore\": \"PT30M\"|\"remindBefore\": \"-PT30M\"|policy.remindBefore",
            "\"coversFrom\": \"2027-01-01T00:00:00+03:00\"|\"coversFrom\": \"2027-01-01\"|people[4].coversFrom",
            "\"by\": \"ivanova\", \"holding\": true|\"by\": \"ivanova\", \"holding\": false, \"promise\": \"2026-11-03T10:00:00+03:00\"|events[1].holding"})
    void badVersionTwoInputExitsTwoNamingTheField(String good, String bad, String field) throws Exception {
        String example = Files.readString(Path.of("..", "app", "src", "test", "resources", "scenarios",
                "worked-example-v2.json"));
        assertThat(example).contains(good);
        Path file = dir.resolve("bad.json");
        Files.writeString(file, example.replace(good, bad));

        assertThat(run("simulate", file.toString())).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(text(err)).contains(field);
    }

    @Test
    void aMissingFileIsBadInput() {
        assertThat(run("simulate", dir.resolve("none.json").toString())).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(text(err)).contains("no such file");
    }

    @Test
    void anUnknownCommandOrNoArgumentsPrintUsage() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run()).isEqualTo(2);
        assertThat(run("simulate")).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(text(err)).contains("usage:");
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
