package io.backstop.jira.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.backstop.app.Schema;

/**
 * Runs the app's versioned {@link Schema} steps from Active Objects. Active Objects calls upgrade tasks whose model
 * version is newer than the stored one, one at a time, under a cluster lock and in a transaction, before it migrates
 * the entities listed in the descriptor. The model version follows {@link Schema#currentVersion()}, so a new step in
 * the app makes this task run again; {@link Schema#upgrade} applies exactly the steps not yet applied (it keeps its
 * own version), so a retried or repeated upgrade changes nothing.
 *
 * <p>Listed in {@code atlassian-plugin.xml} ({@code <upgradeTask>}); Active Objects creates it through the plugin's
 * container, hence the public no-argument constructor.
 */
public final class SchemaUpgradeTask implements ActiveObjectsUpgradeTask {

    public SchemaUpgradeTask() {
    }

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf(Integer.toString(Schema.currentVersion()));
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        Schema.upgrade(new ActiveObjectsStore(ao));
    }
}
