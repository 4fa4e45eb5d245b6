package io.backstop.jira.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.backstop.app.access.Access;
import io.backstop.jira.job.WatcherJob;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * {@code DELETE /rest/backstop/1.0/watcher/schedule}: takes the watcher off the cluster's schedule, the step before
 * uninstalling Backstop (the schedule is Jira's and would outlive the app). Administrators only; answers 204.
 */
@Path("watcher/schedule")
@AdminOnly
public class WatcherScheduleResource {

    private final Access access;
    private final WatcherJob job;

    @Inject
    public WatcherScheduleResource(Access access, WatcherJob job) {
        this.access = access;
        this.job = job;
    }

    @DELETE
    public Response unschedule() {
        access.admin();
        job.unschedule();
        return Response.noContent().build();
    }
}
