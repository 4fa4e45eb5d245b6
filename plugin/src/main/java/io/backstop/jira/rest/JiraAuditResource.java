package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.response.ResponseViews;
import io.backstop.app.access.Access;
import io.backstop.app.response.AuditResource;
import io.backstop.app.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/**
 * The app's {@link AuditResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's {@code Access}
 * checks the department's roles. Same path and methods as the app's class (JAX-RS inherits method annotations).
 */
@Path("")
@LicensedOnly
public class JiraAuditResource extends AuditResource {

    @Inject
    public JiraAuditResource(Access access, ResponseViews views, SettingsService settings) {
        super(access, views, settings);
    }
}
