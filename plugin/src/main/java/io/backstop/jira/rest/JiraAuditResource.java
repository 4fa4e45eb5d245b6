package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.desk.ResponseViews;
import io.backstop.app.rest.Access;
import io.backstop.app.rest.AuditResource;
import io.backstop.app.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/**
 * The app's {@link AuditResource} under Jira's REST v2 module (LicensedOnly at Jira's door; the app's {@code Access} then checks the
 * department's roles). Same path and methods as the app's class: JAX-RS inherits the method annotations.
 */
@Path("")
@LicensedOnly
public class JiraAuditResource extends AuditResource {

    @Inject
    public JiraAuditResource(Access access, ResponseViews views, SettingsService settings) {
        super(access, views, settings);
    }
}
