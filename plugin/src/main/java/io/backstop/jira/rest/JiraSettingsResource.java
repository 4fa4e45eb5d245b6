package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.backstop.app.access.Access;
import io.backstop.app.settings.rest.SettingsResource;
import io.backstop.app.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/**
 * The app's {@link SettingsResource} in Jira's REST v2 module: @AdminOnly at Jira's door, then the app's {@code Access}
 * checks the department's roles. Same path and methods as the app's class (JAX-RS inherits method annotations).
 */
@Path("settings")
@AdminOnly
public class JiraSettingsResource extends SettingsResource {

    @Inject
    public JiraSettingsResource(Access access, SettingsService settings) {
        super(access, settings);
    }
}
