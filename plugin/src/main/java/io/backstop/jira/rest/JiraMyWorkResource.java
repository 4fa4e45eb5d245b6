package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.access.Access;
import io.backstop.app.response.ResponseViews;
import io.backstop.app.response.MyWorkResource;
import io.backstop.app.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.time.Clock;

/**
 * The app's {@link MyWorkResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's {@code Access}
 * checks the department's roles. Same path and methods as the app's class (JAX-RS inherits method annotations).
 */
@Path("mywork")
@LicensedOnly
public class JiraMyWorkResource extends MyWorkResource {

    @Inject
    public JiraMyWorkResource(Access access, ResponseViews views, SettingsService settings, Clock clock) {
        super(access, views, settings, clock);
    }
}
