package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.backstop.app.access.Access;
import io.backstop.app.results.catalogue.CataloguesDesk;
import io.backstop.app.results.catalogue.CataloguesResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import java.time.Clock;

/**
 * The app's {@link CataloguesResource} in Jira's REST v2 module: @LicensedOnly at Jira's door, then the app's
 * {@code Access} lets the staff read and the head and administrators change. Same path and methods as the app's
 * class (JAX-RS inherits method annotations).
 */
@Path("results")
@LicensedOnly
public class JiraCataloguesResource extends CataloguesResource {

    @Inject
    public JiraCataloguesResource(Access access, CataloguesDesk desk, Clock clock) {
        super(access, desk, clock);
    }
}
