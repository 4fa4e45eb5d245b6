package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.access.Access;
import io.backstop.app.results.suspected.SuspectedDesk;
import io.backstop.app.results.suspected.SuspectedResource;
import io.backstop.app.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.time.Clock;

/**
 * The app's {@link SuspectedResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's
 * {@code Access} checks the department's roles. Same path and methods as the app's class (JAX-RS inherits method
 * annotations).
 */
@Path("results")
@LicensedOnly
public class JiraSuspectedResource extends SuspectedResource {

    @Inject
    public JiraSuspectedResource(Access access, SuspectedDesk desk, SettingsService settings, Clock clock) {
        super(access, desk, settings, clock);
    }
}
