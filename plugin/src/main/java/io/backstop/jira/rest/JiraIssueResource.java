package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.response.ResponseViews;
import io.backstop.app.access.Access;
import io.backstop.app.response.IssueResource;
import io.backstop.app.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.time.Clock;

/**
 * The app's {@link IssueResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's {@code Access}
 * checks the department's roles and Jira's browse permission. Same path and methods as the app's class (JAX-RS
 * inherits method annotations).
 */
@Path("issues/{key}")
@LicensedOnly
public class JiraIssueResource extends IssueResource {

    @Inject
    public JiraIssueResource(Access access, ResponseViews views, ResponseDesk desk, SettingsService settings,
                             Clock clock) {
        super(access, views, desk, settings, clock);
    }
}
