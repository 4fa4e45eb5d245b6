package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.library.LibraryDesk;
import io.backstop.app.access.Access;
import io.backstop.app.library.LibraryResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import java.time.Clock;

/**
 * The app's {@link LibraryResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's
 * {@code Access} checks the department's roles and who may browse each entry's issue. Same path and methods as the
 * app's class (JAX-RS inherits method annotations).
 */
@Path("library")
@LicensedOnly
public class JiraLibraryResource extends LibraryResource {

    @Inject
    public JiraLibraryResource(Access access, LibraryDesk library, Clock clock) {
        super(access, library, clock);
    }
}
