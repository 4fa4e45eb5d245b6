package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.access.Access;
import io.backstop.app.results.digest.ClientsResource;
import io.backstop.app.results.digest.DigestDesk;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import java.time.Clock;

/**
 * The app's {@link ClientsResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's {@code Access}
 * checks the department's roles. Same path and methods as the app's class (JAX-RS inherits method annotations).
 */
@Path("clients")
@LicensedOnly
public class JiraClientsResource extends ClientsResource {

    @Inject
    public JiraClientsResource(Access access, DigestDesk digest, Clock clock) {
        super(access, digest, clock);
    }
}
