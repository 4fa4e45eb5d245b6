package io.backstop.sandbox.host;

import io.backstop.app.Backstop;
import io.backstop.app.access.Access;
import io.backstop.app.forecast.ForecastDesk;
import io.backstop.app.library.LibraryDesk;
import io.backstop.app.onboarding.OnboardingDesk;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.response.ResponseViews;
import io.backstop.app.rest.CallerLanguage;
import io.backstop.app.results.ResultsDesk;
import io.backstop.app.results.catalogue.CataloguesDesk;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.complaints.ComplaintsDesk;
import io.backstop.app.results.debt.DebtDesk;
import io.backstop.app.results.digest.DigestDesk;
import io.backstop.app.results.norms.NormsDesk;
import io.backstop.app.results.sales.SalesDesk;
import io.backstop.app.results.scorecard.ScorecardDesk;
import io.backstop.app.results.suspected.SuspectedDesk;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.staff.AbsenceReportDesk;
import io.backstop.app.staff.StaffDesk;
import io.backstop.sandbox.services.SandboxTime;
import io.backstop.sandbox.tracker.SandboxActions;
import io.backstop.sandbox.tracker.SandboxTracker;
import io.backstop.sandbox.users.SandboxUsers;
import io.backstop.sandbox.web.CookieLanguage;
import java.time.Clock;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/** The sandbox's two REST applications' common wiring: each resource's collaborators, bound by type. */
final class SandboxRest {

    private SandboxRest() {
    }

    /** Resources get their collaborators by constructor, as Jira's REST module gives them. */
    static ResourceConfig resources(Backstop backstop, SandboxUsers users, SandboxTracker tracker,
                                    SandboxActions actions, SandboxTime time) {
        Access access = new Access(users, users, backstop.settings(), users);
        return new ResourceConfig()
                .property("jersey.config.server.wadl.disableWadl", true)
                // no resource takes or gives a jakarta.activation.DataSource: without this, Jersey warns at every
                // start that the class for that default provider is missing (Jira's own REST stack has it)
                .property("jersey.config.disableDefaultProvider", "DATASOURCE")
                .register(new AbstractBinder() {
                    @Override
                    protected void configure() {
                        bind(access).to(Access.class);
                        bind(new CookieLanguage()).to(CallerLanguage.class);
                        bind(backstop.settings()).to(SettingsService.class);
                        bind(backstop.responses()).to(ResponseDesk.class);
                        bind(backstop.staff()).to(StaffDesk.class);
                        bind(backstop.views()).to(ResponseViews.class);
                        bind(backstop.results()).to(ResultsDesk.class);
                        bind(backstop.results().context()).to(ResultsContext.class);
                        bind(backstop.results().norms()).to(NormsDesk.class);
                        bind(backstop.results().sales()).to(SalesDesk.class);
                        bind(backstop.results().debt()).to(DebtDesk.class);
                        bind(backstop.results().complaints()).to(ComplaintsDesk.class);
                        bind(backstop.results().scorecard()).to(ScorecardDesk.class);
                        bind(backstop.results().digest()).to(DigestDesk.class);
                        bind(backstop.absenceReports()).to(AbsenceReportDesk.class);
                        bind(backstop.onboarding()).to(OnboardingDesk.class);
                        bind(backstop.forecast()).to(ForecastDesk.class);
                        bind(backstop.library()).to(LibraryDesk.class);
                        bind(backstop.suspected()).to(SuspectedDesk.class);
                        bind(backstop.catalogues()).to(CataloguesDesk.class);
                        bind(tracker).to(SandboxTracker.class);
                        bind(actions).to(SandboxActions.class);
                        bind(time).to(SandboxTime.class);
                        bind(time).to(Clock.class);
                    }
                });
    }
}
