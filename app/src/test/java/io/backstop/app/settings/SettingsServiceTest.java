package io.backstop.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.response.ClockStore;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.app.Schema;
import io.backstop.app.store.SettingStore;
import io.backstop.app.testing.TestHost;
import io.backstop.h2.H2EntityManagers;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' settings services over one database: each sees the other's change on its next read, reading only the
 * document's revision while nothing changed.
 */
class SettingsServiceTest {

    private static final String DEPARTMENT = """
            {
              "calendar": { "zone": "Europe/Moscow", "week": { "MON": ["09:00-18:00"] }, "holidays": [] },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "ivanova", "role": "MANAGER" }
              ],
              "tick": "PT5M"
            }
            """;

    private static final String SETTING = "\"" + H2EntityManagers.TABLE_PREFIX + "SETTING\"";

    private EntityManagerStore store;
    private SettingsService nodeA;
    private SettingsService nodeB;

    @BeforeEach
    void database() {
        store = TestHost.memoryDatabase();
        Schema.upgrade(store);
        nodeA = service();
        nodeB = service();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private SettingsService service() {
        return new SettingsService(new SettingStore(store), new ClockStore(store), ZoneId.of("Europe/Moscow"));
    }

    @Test
    void aChangeOnOneNodeIsSeenByTheOtherOnItsNextRead() {
        assertThat(nodeB.current().rules()).isEmpty();

        nodeA.replace(SettingsDocument.read(DEPARTMENT));
        DepartmentSettings seen = nodeB.current();
        assertThat(seen.tick()).isEqualTo(Duration.ofMinutes(5));
        assertThat(nodeB.current()).as("unchanged: the same parsed settings").isSameAs(seen);

        nodeA.replace(SettingsDocument.read(DEPARTMENT.replace("PT5M", "PT1M")));
        assertThat(nodeB.current().tick()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aDocumentWrittenBeforeRevisionsIsStillReadAndReadAgainWhenItChanges() throws SQLException {
        nodeA.replace(SettingsDocument.read(DEPARTMENT));
        sql("UPDATE " + SETTING + " SET \"REVISION\" = NULL");

        assertThat(nodeB.current().tick()).isEqualTo(Duration.ofMinutes(5));
        // the document stores durations as people write them (issue 18): "tick": "5m"
        sql("UPDATE " + SETTING + " SET \"CONTENT\" = REPLACE(\"CONTENT\", '\"tick\":\"5m\"', '\"tick\":\"2m\"')");
        assertThat(nodeB.current().tick()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void twoWritesLeaveTwoRevisions() {
        SettingStore documents = new SettingStore(store);
        documents.write("x", "one");
        String first = documents.revision("x").orElseThrow();
        documents.write("x", "one");

        assertThat(documents.revision("x")).isPresent().get().isNotEqualTo(first);
        assertThat(documents.revision("nothing")).isEmpty();
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = store.manager().getProvider().getConnection();
             Statement run = connection.createStatement()) {
            run.executeUpdate(statement);
        }
    }
}
