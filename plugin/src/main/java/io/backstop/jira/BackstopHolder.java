package io.backstop.jira;

import io.backstop.app.Backstop;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.response.ResponseViews;
import io.backstop.app.staff.AbsenceReportDesk;
import io.backstop.app.onboarding.OnboardingDesk;
import io.backstop.app.forecast.ForecastDesk;
import io.backstop.app.library.LibraryDesk;
import io.backstop.app.results.ResultsDesk;
import io.backstop.app.results.catalogue.CataloguesDesk;
import io.backstop.app.results.suspected.SuspectedDesk;
import io.backstop.app.staff.StaffDesk;
import io.backstop.app.settings.SettingsService;
import io.backstop.jira.ao.ActiveObjectsStore;
import io.backstop.jira.port.JiraDirectory;
import io.backstop.jira.port.JiraLocks;
import io.backstop.jira.port.JiraTracker;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;

/**
 * The app composed over Jira's ports, built on first use: Active Objects must not be touched while the plugin is still
 * being enabled. Building it changes no table: Active Objects runs {@code SchemaUpgradeTask} before it hands out
 * the database. Everything that needs the app (the
 * listener, the job, the REST resources through the lazy beans of {@code plugin-context.xml}) asks this holder.
 */
@Named("backstopHolder")
public final class BackstopHolder {

    private final ActiveObjectsStore store;
    private final JiraTracker tracker;
    private final JiraDirectory directory;
    private final JiraLocks locks;
    private volatile Backstop backstop;

    @Inject
    public BackstopHolder(ActiveObjectsStore store, JiraTracker tracker, JiraDirectory directory, JiraLocks locks) {
        this.store = store;
        this.tracker = tracker;
        this.directory = directory;
        this.locks = locks;
    }

    public Backstop get() {
        Backstop built = backstop;
        if (built == null) {
            synchronized (this) {
                built = backstop;
                if (built == null) {
                    // Jira's own zone until the department sets its calendar's zone. The schema is the AO upgrade
                    // task's business (SchemaUpgradeTask, once per cluster): never from a request or event thread.
                    built = Backstop.overUpgradedSchema(store, tracker, directory, locks, ZoneId.systemDefault());
                    backstop = built;
                }
            }
        }
        return built;
    }

    public SettingsService settings() {
        return get().settings();
    }

    public ResponseDesk responses() {
        return get().responses();
    }

    public StaffDesk staff() {
        return get().staff();
    }

    public ResponseViews views() {
        return get().views();
    }

    public ResultsDesk results() {
        return get().results();
    }

    public AbsenceReportDesk absenceReports() {
        return get().absenceReports();
    }

    public OnboardingDesk onboarding() {
        return get().onboarding();
    }

    public ForecastDesk forecast() {
        return get().forecast();
    }

    public LibraryDesk library() {
        return get().library();
    }

    public SuspectedDesk suspected() {
        return get().suspected();
    }

    public CataloguesDesk catalogues() {
        return get().catalogues();
    }
}
