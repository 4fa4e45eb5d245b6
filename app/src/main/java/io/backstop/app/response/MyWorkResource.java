package io.backstop.app.response;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Json;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.sla.Countdown;
import io.backstop.core.sla.ResponseClock;
import io.backstop.core.sla.Standing;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A person's own work ({@link MyWork}): {@code GET mywork}, the caller's; {@code ?person=} someone else's, for the
 * head and administrators only. Each issue with the countdown every screen shows, its standing (breached, due soon,
 * waiting: {@link Standing}); the promises with theirs; and the clients of that work, each with the issue whose page
 * shows the client's digest. Like the queue, a manager gets only the issues she may browse.
 */
@Path("mywork")
@Produces(MediaType.APPLICATION_JSON)
public class MyWorkResource {

    private final Access access;
    private final ResponseViews views;
    private final SettingsService settings;
    private final Clock clock;

    @Inject
    public MyWorkResource(Access access, ResponseViews views, SettingsService settings, Clock clock) {
        this.access = access;
        this.views = views;
        this.settings = settings;
        this.clock = clock;
    }

    @GET
    public Response work(@QueryParam("person") String person) {
        Caller caller = access.staff();
        String whose = Access.scope(caller, person, Role.HEAD).orElse(caller.name());
        DepartmentSettings department = settings.current();
        if (!whose.equals(caller.name()) && department.person(whose).isEmpty()) {
            throw ApiError.badInput("person", Problem.of("error.input.unknownPerson", whose));
        }
        boolean seesAll = QueueResource.seesWholeQueue(caller);
        WorkCalendar calendar = department.calendar();
        Instant now = clock.instant();
        MyWork.Work work = views.myWork(whose, now, calendar.zone());
        Set<String> complaints = views.issuesWithOpenComplaint();
        ObjectNode root = Json.MAPPER.createObjectNode().put("person", whose);
        Json.put(root, "now", now, calendar.zone());
        Map<String, ObjectNode> clients = new LinkedHashMap<>();
        ArrayNode waiting = root.putArray("waiting");
        for (StoredClock entry : work.waiting()) {
            ResponseClock held = entry.clock();
            if (seesAll || access.canBrowse(caller, held.issue())) {
                ObjectNode node = QueueResource.entry(entry, calendar, now, complaints);
                Standing standing = Standing.of(held, Countdown.at(calendar, held.due(), now),
                        department.policy().remindBefore());
                node.put("standing", standing.name()).put("held", held.assignee().equals(whose));
                ClockJson.putOpenPromise(node, held, calendar.zone());
                waiting.add(node);
                count(clients, entry, standing == Standing.BREACHED ? "breached" : "waiting");
            }
        }
        ArrayNode promises = root.putArray("promises");
        for (PromiseLane.Entry entry : work.promises()) {
            if (seesAll || access.canBrowse(caller, entry.promise().issue())) {
                // the lane's shape; OPEN rather than the lane's DUE, which means "due today"
                promises.add(PromiseLane.json(entry, calendar, now).put("state", entry.broken() ? "BROKEN" : "OPEN"));
                count(clients, entry.clock(), "promises");
            }
        }
        root.putArray("clients").addAll(clients.values());
        return Json.ok(root);
    }

    /**
     * The client of {@code entry} among the work's clients, in the order first met (the most urgent first), with
     * the first issue met as the one whose page shows the client's digest, and one more of {@code what}.
     */
    private static void count(Map<String, ObjectNode> clients, StoredClock entry, String what) {
        if (entry.client() == null || entry.client().isBlank()) {
            return;
        }
        ObjectNode client = clients.computeIfAbsent(entry.client(), name -> Json.MAPPER.createObjectNode()
                .put("client", name).put("issue", entry.clock().issue()).put("waiting", 0).put("breached", 0)
                .put("promises", 0));
        client.put(what, client.path(what).asInt() + 1);
    }
}
