package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.access.Access;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.common.ResultsSettingsResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/**
 * The app's {@link ResultsSettingsResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's {@code Access}
 * checks the department's roles. Same path and methods as the app's class (JAX-RS inherits method annotations).
 */
@Path("results")
@LicensedOnly
public class JiraResultsSettingsResource extends ResultsSettingsResource {

    @Inject
    public JiraResultsSettingsResource(Access access, ResultsContext results) {
        super(access, results);
    }
}
