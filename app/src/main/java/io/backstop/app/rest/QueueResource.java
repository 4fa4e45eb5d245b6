package io.backstop.app.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.backstop.app.desk.ResponseViews;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.store.StoredClock;
import io.backstop.core.staff.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The operator's queue (rule 9). The operator, the head and administrators see all of it; other staff see only
 * the issues the tracker lets them browse.
 */
@Path("queue")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    private final Access access;
    private final ResponseViews views;
    private final SettingsService settings;
    private final Clock clock;

    @Inject
    public QueueResource(Access access, ResponseViews views, SettingsService settings, Clock clock) {
        this.access = access;
        this.views = views;
        this.settings = settings;
        this.clock = clock;
    }

    @GET
    public Response queue() {
        Caller caller = access.staff();
        boolean seesAll = caller.admin() || caller.isAnyOf(Role.OPERATOR, Role.HEAD);
        ZoneId zone = settings.current().calendar().zone();
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (StoredClock entry : views.queue(clock.instant())) {
            if (seesAll || access.canBrowse(caller, entry.clock().issue())) {
                list.add(Views.queueEntry(entry, zone));
            }
        }
        return Json.ok(list);
    }
}
