package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.access.Access;
import io.backstop.app.results.sales.CampaignsResource;
import io.backstop.app.results.sales.SalesDesk;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import java.time.Clock;

/**
 * The app's {@link CampaignsResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's
 * {@code Access} checks the department's roles. Same path and methods as the app's class.
 */
@Path("results")
@LicensedOnly
public class JiraCampaignsResource extends CampaignsResource {

    @Inject
    public JiraCampaignsResource(Access access, SalesDesk salesDesk, Clock clock) {
        super(access, salesDesk, clock);
    }
}
