package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.staff.AbsenceReportDesk;
import io.backstop.app.access.Access;
import io.backstop.app.staff.ReportsResource;
import io.backstop.app.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.time.Clock;

/**
 * The app's {@link ReportsResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's
 * {@code Access} checks the department's roles. Same path and methods as the app's class.
 */
@Path("reports")
@LicensedOnly
public class JiraReportsResource extends ReportsResource {

    @Inject
    public JiraReportsResource(Access access, AbsenceReportDesk reports, SettingsService settings, Clock clock) {
        super(access, reports, settings, clock);
    }
}
