package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.access.Access;
import io.backstop.app.response.WatcherResource;
import java.time.Clock;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/**
 * The app's {@link WatcherResource} in Jira's REST v2 module: @AdminOnly at Jira's door, then the app's {@code Access}
 * checks the department's roles. Same path and methods as the app's class (JAX-RS inherits method annotations).
 */
@Path("watcher/run")
@AdminOnly
public class JiraWatcherResource extends WatcherResource {

    @Inject
    public JiraWatcherResource(Access access, ResponseDesk desk, Clock clock) {
        super(access, desk, clock);
    }
}
