package io.backstop.jira.port;

import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.response.ClockStore;
import io.backstop.app.store.SettingStore;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.jira.ao.ActiveObjectsStore;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What the Jira side reads of the settings: the department (for its staff group and people) and the Jira user
 * Backstop acts as. Kept apart from {@code BackstopHolder} so that the tracker can read it without a cycle; it
 * parses the stored document only when it changed, like the app's own service.
 */
@Named("backstopJiraSettings")
public final class JiraSettings {

    /** The Jira user (login) that assigns issues and writes internal notes; see docs/jira.md. */
    public static final String ACTOR = "jira.actor";
    /** Set once the setup ran on the plugin's first enable; later starts leave Jira alone. */
    public static final String SETUP_DONE = "jira.setup.done";

    private final SettingStore store;
    private final SettingsService department;

    @Inject
    public JiraSettings(ActiveObjectsStore store) {
        this.store = new SettingStore(store);
        this.department = new SettingsService(this.store, new ClockStore(store), ZoneId.systemDefault());
    }

    public DepartmentSettings department() {
        return department.current();
    }

    /** The configured actor, else the department's first head. */
    public Optional<String> actor() {
        Optional<String> configured = store.read(ACTOR).filter(name -> !name.isBlank());
        if (configured.isPresent()) {
            return configured;
        }
        return department().people().stream().filter(p -> p.role() == Role.HEAD).map(Person::name).findFirst();
    }

    public void setActor(String name) {
        store.write(ACTOR, name);
    }

    public boolean setupDone() {
        return store.read(SETUP_DONE).isPresent();
    }

    public void markSetupDone(String when) {
        store.write(SETUP_DONE, when);
    }
}
