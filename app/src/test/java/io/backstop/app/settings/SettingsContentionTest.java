package io.backstop.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.testing.Race;
import io.backstop.app.testing.Race.Outcome;
import io.backstop.app.testing.TestHost;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Thirty administrators saving the settings at the same moment: every save is answered (none fails on a database
 * deadlock or write conflict), and the stored document is one of them, whole.
 */
class SettingsContentionTest {

    private static final int WRITERS = 30;
    private static final String DEPARTMENT = """
            {
              "calendar": { "zone": "Europe/Moscow", "week": { "MON": ["09:00-18:00"] }, "holidays": [] },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
              "people": [ { "name": "head", "role": "HEAD" }, { "name": "operator", "role": "OPERATOR" },
                          { "name": "ivanova", "role": "MANAGER" } ],
              "tick": "PT%dM"
            }
            """;

    private final TestHost host = new TestHost();

    @RepeatedTest(3)
    void parallelDepartmentSettingsWritesAllSucceedAndLeaveOneWholeDocument() throws Exception {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT.formatted(WRITERS + 1))); // updates race

        List<Outcome<DepartmentSettings>> outcomes = Race.run(WRITERS, i -> () -> host.backstop.settings()
                .replace(SettingsDocument.read(DEPARTMENT.formatted(i + 1))));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).as("a failed save").isNull());
        DepartmentSettings stored = host.backstop.settings().current();
        assertThat(stored.tick()).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(WRITERS));
        assertThat(SettingsDocument.write(stored))
                .isEqualTo(SettingsDocument.write(SettingsDocument.read(DEPARTMENT.formatted(stored.tick().toMinutes()))));
    }

    @RepeatedTest(3)
    void parallelResultsSettingsWritesAllSucceedAndLeaveOneWholeDocument() throws Exception {
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT.formatted(5))); // no results document yet
        List<String> documents = IntStream.rangeClosed(1, WRITERS)
                .mapToObj(day -> "{\"hired\": {\"ivanova\": \"2026-10-%02d\"}}".formatted(day)).toList();

        List<Outcome<ResultsSettings>> outcomes = Race.run(WRITERS, i -> () -> host.backstop.results()
                .replaceSettings(ResultsSettings.read(documents.get(i))));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).as("a failed save").isNull());
        Set<String> written = documents.stream().map(d -> ResultsSettings.read(d).write()).collect(Collectors.toSet());
        assertThat(written).contains(host.backstop.results().settings().write());
    }
}
