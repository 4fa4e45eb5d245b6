package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.access.Access;
import io.backstop.app.response.ResponseViews;
import io.backstop.app.results.actions.IssueActionsResource;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.debt.DebtDesk;
import io.backstop.app.results.sales.SalesDesk;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.time.Clock;

/**
 * The app's {@link IssueActionsResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's
 * {@code Access} checks the department's roles and Jira's browse permission. Same path and methods as the app's
 * class (JAX-RS inherits method annotations); it shares {@code issues/{key}} with {@link JiraIssueResource}.
 */
@Path("issues/{key}")
@LicensedOnly
public class JiraIssueActionsResource extends IssueActionsResource {

    @Inject
    public JiraIssueActionsResource(Access access, ResultsContext context, SalesDesk sales, DebtDesk debt,
                                    ResponseViews views, Clock clock) {
        super(access, context, sales, debt, views, clock);
    }
}
