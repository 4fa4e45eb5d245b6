package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.access.Access;
import io.backstop.app.forecast.ForecastDesk;
import io.backstop.app.forecast.PromotionsResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/**
 * The app's {@link PromotionsResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's
 * {@code Access} checks the department's roles. Same path and methods as the app's class.
 */
@Path("forecast/promotions")
@LicensedOnly
public class JiraPromotionsResource extends PromotionsResource {

    @Inject
    public JiraPromotionsResource(Access access, ForecastDesk forecast) {
        super(access, forecast);
    }
}
