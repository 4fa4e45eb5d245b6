package io.backstop.app.response;

import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.Json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.sla.ResponseClock;
import io.backstop.core.staff.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * The operator's queue (rule 9). The operator, the head and administrators see all of it; other staff see only
 * the issues the tracker lets them browse. Each entry also says whether it is a complaint (a Complaint issue or one
 * with an open flagged complaint: the screen puts those in a lane on top), how long the client has waited in working
 * time, and the countdown every screen shows ({@code workingSecondsLeft}, {@code paused}: {@link ClockJson}), all at
 * one {@code now} per request.
 */
@Path("queue")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    /** The issue type of complaints, as setup creates it. */
    static final String COMPLAINT = "Complaint";

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
        boolean seesAll = seesWholeQueue(caller);
        WorkCalendar calendar = settings.current().calendar();
        Instant now = clock.instant();
        Set<String> complaints = views.issuesWithOpenComplaint();
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (StoredClock entry : views.queue(now)) {
            if (seesAll || access.canBrowse(caller, entry.clock().issue())) {
                list.add(named(entry(entry, calendar, now, complaints)));
            }
        }
        return Json.ok(list);
    }

    /**
     * The display names of the owner, the assignee and who promised, next to their logins (issue 18: people, not
     * logins, on screens): {@code ownerName}, {@code assigneeName}, {@code byName}.
     */
    private ObjectNode named(ObjectNode node) {
        for (String field : new String[] {"owner", "assignee", "by"}) {
            if (node.has(field)) {
                String login = node.get(field).textValue();
                node.put(field + "Name", login == null ? null : access.displayName(login));
            }
        }
        return node;
    }

    /** The operator, the head and administrators see every issue in the queue; other staff what they may browse. */
    static boolean seesWholeQueue(Caller caller) {
        return caller.admin() || caller.isAnyOf(Role.OPERATOR, Role.HEAD);
    }

    /**
     * An awaiting issue as the queue lists it: the clock and its countdown, whether it is a complaint (a Complaint
     * issue, or one of {@code complaints}: issues with an open flagged complaint) and how long the client waited.
     */
    static ObjectNode entry(StoredClock entry, WorkCalendar calendar, Instant now, Set<String> complaints) {
        ResponseClock queued = entry.clock();
        ObjectNode node = ClockJson.queueEntry(entry, calendar, now);
        node.put("complaint", COMPLAINT.equalsIgnoreCase(String.valueOf(queued.issueType()))
                || complaints.contains(queued.issue()));
        node.put("waitedSeconds", calendar.working(queued.awaitingSince(), now).getSeconds());
        return node;
    }

    /**
     * The queue's promise lane ({@link PromiseLane}): promises broken and not answered since, then promises due
     * today, each with who promised, by when and how often it was moved. Seen as the queue is.
     */
    @GET
    @Path("promises")
    public Response promises() {
        Caller caller = access.staff();
        boolean seesAll = seesWholeQueue(caller);
        WorkCalendar calendar = settings.current().calendar();
        Instant now = clock.instant();
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (PromiseLane.Entry entry : views.promiseLane(now, calendar.zone())) {
            if (seesAll || access.canBrowse(caller, entry.promise().issue())) {
                list.add(named(PromiseLane.json(entry, calendar, now)));
            }
        }
        return Json.ok(list);
    }
}
