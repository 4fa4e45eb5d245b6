package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.forecast.ForecastDesk;
import io.backstop.app.access.Access;
import io.backstop.app.forecast.ForecastResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import java.time.Clock;

/**
 * The app's {@link ForecastResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's {@code Access}
 * checks the department's roles. Same path and methods as the app's class (JAX-RS inherits method annotations).
 */
@Path("forecast")
@LicensedOnly
public class JiraForecastResource extends ForecastResource {

    @Inject
    public JiraForecastResource(Access access, ForecastDesk forecast, Clock clock) {
        super(access, forecast, clock);
    }
}
