package io.backstop.jira.ao;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import io.backstop.app.response.ClockEntity;
import io.backstop.app.Schema;
import io.backstop.app.store.SettingStore;
import io.backstop.jira.testing.H2ActiveObjects;
import java.util.Map;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

/** The app's schema steps, run from Active Objects' upgrade task through the plugin's store adapter. */
class SchemaUpgradeTaskTest {

    @Test
    void itsModelVersionIsTheSchemasCurrentVersion() {
        assertThat(new SchemaUpgradeTask().getModelVersion())
                .isEqualTo(ModelVersion.valueOf(Integer.toString(Schema.currentVersion())));
    }

    @Test
    void onAnEmptyDatabaseItCreatesTheTablesAndRecordsTheVersion() {
        H2ActiveObjects ao = new H2ActiveObjects();

        new SchemaUpgradeTask().upgrade(ModelVersion.valueOf("0"), ao);

        ActiveObjectsStore store = new ActiveObjectsStore(ao);
        assertThat(new SettingStore(store).read("schema.version")).contains(Integer.toString(Schema.currentVersion()));
        assertThat(store.count(ClockEntity.class, Query.select())).isZero();
    }

    @Test
    void runningItAgainChangesNothing() {
        H2ActiveObjects ao = new H2ActiveObjects();
        new SchemaUpgradeTask().upgrade(ModelVersion.valueOf("0"), ao);
        ActiveObjectsStore store = new ActiveObjectsStore(ao);
        store.create(ClockEntity.class, Map.of("ISSUE_KEY", "WEB-1", "OWNER", "ivanova", "ASSIGNEE", "ivanova",
                "CREATED_AT", 1L, "RESOLVED", false, "BREACHED", false));

        new SchemaUpgradeTask().upgrade(new SchemaUpgradeTask().getModelVersion(), ao);

        assertThat(Schema.upgrade(store)).isEqualTo(Schema.currentVersion());
        assertThat(store.count(ClockEntity.class, Query.select())).isEqualTo(1);
    }

    @Test
    void transactionsRollBackOnFailureThroughTheAdapter() {
        H2ActiveObjects ao = new H2ActiveObjects();
        new SchemaUpgradeTask().upgrade(ModelVersion.valueOf("0"), ao);
        ActiveObjectsStore store = new ActiveObjectsStore(ao);

        try {
            store.inTransaction(() -> {
                new SettingStore(store).write("probe", "written");
                throw new IllegalStateException("fail after the write");
            });
        } catch (IllegalStateException expected) {
            // the write must be gone
        }

        assertThat(new SettingStore(store).read("probe")).isEmpty();
    }
}
