/*
 * Stand-in for com.atlassian.activeobjects.external.ModelVersion (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.12: a final class with static valueOf(String) ([C-old]; section 7.16:
 * "only valueOf(String) is needed"). isOlderThan/isSame/compareTo exist in the AO plugin (ActiveObjectUpgradeManagerImpl
 * calls them) but Backstop never calls them, so they are not declared here.
 * The bodies below are test conveniences; in Jira the real class runs.
 */
package com.atlassian.activeobjects.external;

public final class ModelVersion {

    private final String value;

    private ModelVersion(String value) {
        this.value = value;
    }

    public static ModelVersion valueOf(String value) {
        return new ModelVersion(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelVersion && ((ModelVersion) other).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
