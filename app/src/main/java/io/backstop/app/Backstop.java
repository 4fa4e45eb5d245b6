package io.backstop.app;

import io.backstop.app.forecast.ForecastDesk;
import io.backstop.app.forecast.ForecastResource;
import io.backstop.app.forecast.PromotionsResource;
import io.backstop.app.library.LibraryDesk;
import io.backstop.app.library.LibraryResource;
import io.backstop.app.onboarding.OnboardingDesk;
import io.backstop.app.onboarding.OnboardingResource;
import io.backstop.app.port.Directory;
import io.backstop.app.port.Locks;
import io.backstop.app.port.Tracker;
import io.backstop.app.response.AuditResource;
import io.backstop.app.response.ClockStore;
import io.backstop.app.response.IssueFacts;
import io.backstop.app.response.IssueResource;
import io.backstop.app.response.MyWorkResource;
import io.backstop.app.response.QueueResource;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.response.ResponseViews;
import io.backstop.app.response.WatcherResource;
import io.backstop.app.rest.ApiErrorMapper;
import io.backstop.app.results.ResultsDesk;
import io.backstop.app.results.actions.IssueActionsResource;
import io.backstop.app.results.catalogue.CataloguesDesk;
import io.backstop.app.results.catalogue.CataloguesResource;
import io.backstop.app.results.common.ResultsSettingsResource;
import io.backstop.app.results.complaints.ComplaintsResource;
import io.backstop.app.results.debt.DebtResource;
import io.backstop.app.results.digest.ClientsResource;
import io.backstop.app.results.norms.NormHoursResource;
import io.backstop.app.results.sales.CampaignsResource;
import io.backstop.app.results.sales.SalesResource;
import io.backstop.app.results.scorecard.ScorecardResource;
import io.backstop.app.results.suspected.SuspectedDesk;
import io.backstop.app.results.suspected.SuspectedResource;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.settings.rest.SettingsResource;
import io.backstop.app.staff.AbsenceReportDesk;
import io.backstop.app.staff.AbsenceRequestsResource;
import io.backstop.app.staff.AbsencesResource;
import io.backstop.app.staff.PeopleResource;
import io.backstop.app.staff.ReportsResource;
import io.backstop.app.staff.StaffDesk;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SettingStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/** The app assembled over a host's ports: what a host creates once and hands to its REST layer and jobs. */
public final class Backstop {

    /** The REST resources and providers under {@code /rest/backstop/1.0/}. */
    public static final List<Class<?>> REST_CLASSES = List.of(SettingsResource.class, PeopleResource.class,
            AbsencesResource.class, AbsenceRequestsResource.class, QueueResource.class, MyWorkResource.class,
            IssueResource.class, AuditResource.class, WatcherResource.class, ResultsSettingsResource.class, NormHoursResource.class, SalesResource.class,
            CampaignsResource.class,
            DebtResource.class, ComplaintsResource.class, ScorecardResource.class, ClientsResource.class,
            ReportsResource.class, OnboardingResource.class, ForecastResource.class, LibraryResource.class,
            IssueActionsResource.class, SuspectedResource.class, CataloguesResource.class, ApiErrorMapper.class,
            PromotionsResource.class);

    private final SettingsService settings;
    private final ResponseDesk responses;
    private final StaffDesk staff;
    private final ResponseViews views;
    private final ResultsDesk results;
    private final AbsenceReportDesk absenceReports;
    private final OnboardingDesk onboarding;
    private final ForecastDesk forecast;
    private final LibraryDesk library;
    private final SuspectedDesk suspected;
    private final CataloguesDesk catalogues;

    /** The app over a database it brings up to date first ({@link Schema#upgrade}): the sandbox and tests. */
    public Backstop(EntityStore store, Tracker tracker, Directory directory, Locks locks, ZoneId defaultZone) {
        this(store, tracker, directory, locks, defaultZone, Schema::upgrade);
    }

    /**
     * The app over a database whose schema its host keeps (Jira: Active Objects' upgrade task, once per cluster);
     * building it changes no table, so whichever thread first needs the app may build it.
     */
    public static Backstop overUpgradedSchema(EntityStore store, Tracker tracker, Directory directory, Locks locks,
                                              ZoneId defaultZone) {
        return new Backstop(store, tracker, directory, locks, defaultZone, schemaKeptByTheHost -> { });
    }

    private Backstop(EntityStore store, Tracker tracker, Directory directory, Locks locks, ZoneId defaultZone,
                     Consumer<EntityStore> prepareSchema) {
        prepareSchema.accept(store);
        this.settings = new SettingsService(new SettingStore(store), new ClockStore(store), defaultZone);
        this.responses = new ResponseDesk(settings, store, tracker, directory, locks);
        this.views = new ResponseViews(store);
        this.staff = new StaffDesk(settings, store, responses, views);
        this.results = new ResultsDesk(settings, store, locks, tracker);
        this.absenceReports = new AbsenceReportDesk(settings, results, store);
        this.onboarding = new OnboardingDesk(settings, results, store);
        this.forecast = new ForecastDesk(settings, results.norms(), store);
        this.library = new LibraryDesk(store, tracker, responses, views, results, locks);
        this.suspected = new SuspectedDesk(settings, store, results.complaints(), locks);
        this.catalogues = new CataloguesDesk(results.context(), store, locks);
        this.responses.onClientMessage(suspected::clientWrote);
        results.complaints().addLogSource(suspected::logEntries); // dismissed suspicions in the director's log
        this.responses.onReply((issueType, client, reply) -> {
            results.norms().recordReply(issueType, client, reply);
            library.recordReply(issueType, reply);
        });
    }

    /**
     * An issue was created in the tracker, as both hosts report it: its response clock (rule 1; the desk passes
     * over issues the staff opened) and, for an issue of the Complaint type, its complaint about the owner (whoever
     * opened it). Each part is idempotent, so a replayed event changes nothing. The opening message is not known
     * here; a host that knows it passes it, for suspected complaints.
     */
    public void issueCreated(IssueFacts issue, String reporter, Instant at) {
        issueCreated(issue, reporter, at, null);
    }

    /** As {@link #issueCreated(IssueFacts, String, Instant)}, with the client's opening {@code text} (null: unknown). */
    public void issueCreated(IssueFacts issue, String reporter, Instant at, String text) {
        responses.issueCreated(issue, reporter, at, text);
        results.complaints().issueCreated(issue.issue(), issue.issueType(), issue.owner(), issue.client(), reporter,
                at);
    }

    public SettingsService settings() {
        return settings;
    }

    public ResponseDesk responses() {
        return responses;
    }

    public StaffDesk staff() {
        return staff;
    }

    public ResponseViews views() {
        return views;
    }

    public ResultsDesk results() {
        return results;
    }

    public AbsenceReportDesk absenceReports() {
        return absenceReports;
    }

    public OnboardingDesk onboarding() {
        return onboarding;
    }

    public ForecastDesk forecast() {
        return forecast;
    }

    public LibraryDesk library() {
        return library;
    }

    public SuspectedDesk suspected() {
        return suspected;
    }

    public CataloguesDesk catalogues() {
        return catalogues;
    }
}
