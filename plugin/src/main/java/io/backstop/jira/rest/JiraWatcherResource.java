package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.backstop.app.desk.ResponseDesk;
import io.backstop.app.rest.Access;
import io.backstop.app.rest.WatcherResource;
import java.time.Clock;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

/**
 * The app's {@link WatcherResource} under Jira's REST v2 module (AdminOnly at Jira's door; the app's {@code Access} then checks the
 * department's roles). Same path and methods as the app's class: JAX-RS inherits the method annotations.
 */
@Path("watcher/run")
@AdminOnly
public class JiraWatcherResource extends WatcherResource {

    @Inject
    public JiraWatcherResource(Access access, ResponseDesk desk, Clock clock) {
        super(access, desk, clock);
    }
}
