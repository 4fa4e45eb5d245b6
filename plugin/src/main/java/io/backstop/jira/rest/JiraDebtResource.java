package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.access.Access;
import io.backstop.app.results.debt.DebtDesk;
import io.backstop.app.results.debt.DebtResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import java.time.Clock;

/**
 * The app's {@link DebtResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's {@code Access}
 * checks the department's roles. Same path and methods as the app's class (JAX-RS inherits method annotations).
 */
@Path("results")
@LicensedOnly
public class JiraDebtResource extends DebtResource {

    @Inject
    public JiraDebtResource(Access access, DebtDesk debtDesk, Clock clock) {
        super(access, debtDesk, clock);
    }
}
