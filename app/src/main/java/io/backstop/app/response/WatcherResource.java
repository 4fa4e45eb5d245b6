package io.backstop.app.response;

import io.backstop.app.rest.Json;

import io.backstop.app.access.Access;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;

/** Runs the watcher once, now: absence boundaries that have come, then a tick. For administrators. */
@Path("watcher/run")
@Produces(MediaType.APPLICATION_JSON)
public class WatcherResource {

    private final Access access;
    private final ResponseDesk desk;
    private final Clock clock;

    @Inject
    public WatcherResource(Access access, ResponseDesk desk, Clock clock) {
        this.access = access;
        this.desk = desk;
        this.clock = clock;
    }

    @POST
    public Response run() {
        access.admin();
        Instant now = clock.instant();
        ResponseDesk.TickReport report = desk.runWatcher(now).tick();
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("breaches", report.breaches());
        node.put("reassignments", report.reassignments());
        node.put("failed", report.failed());
        return Json.ok(node);
    }
}
