package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.onboarding.OnboardingDesk;
import io.backstop.app.access.Access;
import io.backstop.app.onboarding.OnboardingResource;
import io.backstop.app.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.time.Clock;

/**
 * The app's {@link OnboardingResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's
 * {@code Access} checks the department's roles. Same path and methods as the app's class.
 */
@Path("onboarding")
@LicensedOnly
public class JiraOnboardingResource extends OnboardingResource {

    @Inject
    public JiraOnboardingResource(Access access, OnboardingDesk onboarding, SettingsService settings, Clock clock) {
        super(access, onboarding, settings, clock);
    }
}
