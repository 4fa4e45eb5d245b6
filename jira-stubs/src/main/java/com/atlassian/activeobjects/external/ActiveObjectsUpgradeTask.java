/*
 * Stand-in for com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.12 ([C] slack/scrum-poker usage on Jira 11); both methods also in the
 * AO plugin's ActiveObjectUpgradeManagerImpl (github.com/Kast0rTr0y/ao-plugin, task.getModelVersion(), task.upgrade(v, ao)).
 * An SPI Backstop implements: this is the complete method list (section 2.0).
 */
package com.atlassian.activeobjects.external;

public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
