package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.access.Access;
import io.backstop.app.staff.StaffDesk;
import io.backstop.app.staff.AbsenceRequestsResource;
import io.backstop.app.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.time.Clock;

/**
 * The app's {@link AbsenceRequestsResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's {@code Access}
 * checks the department's roles. Same path and methods as the app's class (JAX-RS inherits method annotations).
 */
@Path("absences/requests")
@LicensedOnly
public class JiraAbsenceRequestsResource extends AbsenceRequestsResource {

    @Inject
    public JiraAbsenceRequestsResource(Access access, StaffDesk staff, SettingsService settings, Clock clock) {
        super(access, staff, settings, clock);
    }
}
