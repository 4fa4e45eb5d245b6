package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.staff.StaffDesk;
import io.backstop.app.staff.AbsencesResource;
import io.backstop.app.access.Access;
import io.backstop.app.settings.SettingsService;
import java.time.Clock;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/**
 * The app's {@link AbsencesResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's {@code Access}
 * checks the department's roles. Same path and methods as the app's class (JAX-RS inherits method annotations).
 */
@Path("absences")
@LicensedOnly
public class JiraAbsencesResource extends AbsencesResource {

    @Inject
    public JiraAbsencesResource(Access access, StaffDesk staff, SettingsService settings, Clock clock) {
        super(access, staff, settings, clock);
    }
}
