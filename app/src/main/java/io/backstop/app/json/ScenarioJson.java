package io.backstop.app.json;

import static io.backstop.app.json.JsonFields.enumValue;
import static io.backstop.app.json.JsonFields.object;
import static io.backstop.app.json.JsonFields.optionalText;
import static io.backstop.app.json.JsonFields.required;
import static io.backstop.app.json.JsonFields.requiredInstant;
import static io.backstop.app.json.JsonFields.requiredText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.replay.EventType;
import io.backstop.core.replay.ReplayResult;
import io.backstop.core.replay.Scenario;
import io.backstop.core.replay.ScenarioEvent;
import io.backstop.core.sla.Breach;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.Reminder;
import io.backstop.core.sla.Reply;
import io.backstop.core.sla.ReplyKind;
import io.backstop.core.sla.ResponseClock;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Reads a scenario file and writes a replay's result, in the shapes of {@code sla-semantics.md}. */
public final class ScenarioJson {

    /** Used when a scenario does not say how often the watcher runs. */
    public static final Duration DEFAULT_TICK = Duration.ofMinutes(1);

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScenarioJson() {
    }

    /** Parses and checks a whole scenario; every problem is a {@link InvalidFieldException} naming its field. */
    public static Scenario read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidFieldException("(document)", Problem.of("error.input.validJsonLine",
                    e.getOriginalMessage(), e.getLocation().getLineNr(), e.getLocation().getColumnNr()));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidFieldException("(document)", Problem.of("error.input.documentEmpty"));
        }
        object(root, "(document)");
        JsonNode tickNode = root.get("tick");
        Duration tick = tickNode == null || tickNode.isNull() ? DEFAULT_TICK
                : DepartmentJson.clockDuration(tickNode, "tick");
        WorkCalendar calendar = DepartmentJson.calendar(required(root, "calendar", "calendar"), "calendar");
        return new Scenario(
                requiredInstant(root, "start", "start"),
                requiredInstant(root, "until", "until"),
                tick,
                calendar,
                DepartmentJson.policy(required(root, "policy", "policy"), root.get("goals"), "policy", "goals",
                        calendar),
                DepartmentJson.people(required(root, "people", "people"), "people"),
                JsonFields.list(root, "absences", "absences", DepartmentJson::absence),
                JsonFields.list(root, "events", "events", ScenarioJson::event));
    }

    public static String write(ReplayResult result, ZoneId zone) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode reassignments = root.putArray("reassignments");
        for (Reassignment r : result.reassignments()) {
            ObjectNode node = reassignments.addObject();
            node.put("at", format(r.at(), zone));
            node.put("issue", r.issue());
            node.put("from", r.from());
            node.put("to", r.to());
            node.put("reason", r.reason().name());
        }
        ArrayNode breaches = root.putArray("breaches");
        for (Breach b : result.breaches()) {
            ObjectNode node = breaches.addObject();
            node.put("issue", b.issue());
            node.put("awaitingSince", format(b.awaitingSince(), zone));
            node.put("due", format(b.due(), zone));
            node.put("detectedAt", format(b.detectedAt(), zone));
            node.put("heldBy", b.heldBy());
        }
        ArrayNode replies = root.putArray("replies");
        for (Reply r : result.replies()) {
            ObjectNode node = replies.addObject();
            node.put("issue", r.issue());
            node.put("awaitingSince", format(r.awaitingSince(), zone));
            node.put("repliedAt", format(r.repliedAt(), zone));
            node.put("by", r.by());
            node.put("workingSeconds", r.waited().getSeconds());
            node.put("onTime", r.onTime());
        }
        ArrayNode queue = root.putArray("queue");
        for (ResponseClock clock : result.queue()) {
            ObjectNode node = queue.addObject();
            node.put("issue", clock.issue());
            node.put("awaitingSince", format(clock.awaitingSince(), zone));
            node.put("due", format(clock.due(), zone));
            node.put("assignee", clock.assignee());
        }
        writeVersionTwo(root, result, zone);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result tree always serializes", e);
        }
    }

    /** The arrays of rules 11 and 14. */
    private static void writeVersionTwo(ObjectNode root, ReplayResult result, ZoneId zone) {
        ArrayNode promises = root.putArray("promises");
        for (Promise p : result.promises()) {
            ObjectNode node = promises.addObject();
            node.put("issue", p.issue());
            node.put("by", p.by());
            node.put("madeAt", format(p.madeAt(), zone));
            node.put("due", format(p.due(), zone));
            node.put("outcome", p.outcome().name());
            node.put("closedAt", p.closedAt() == null ? null : format(p.closedAt(), zone));
        }
        ArrayNode reminders = root.putArray("reminders");
        for (Reminder r : result.reminders()) {
            ObjectNode node = reminders.addObject();
            node.put("issue", r.issue());
            node.put("at", format(r.at(), zone));
            node.put("to", r.to());
            node.put("due", format(r.due(), zone));
        }
    }

    /** Instants in the department's own offset, so a reader sees local office time. */
    public static String format(Instant instant, ZoneId zone) {
        return OffsetDateTime.ofInstant(instant, zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static ScenarioEvent event(JsonNode node, String path) {
        object(node, path);
        EventType type = enumValue(required(node, "type", path + ".type"), EventType.class, path + ".type");
        return new ScenarioEvent(
                requiredInstant(node, "at", path + ".at"),
                type,
                requiredText(node, "issue", path + ".issue"),
                type == EventType.CREATED ? requiredText(node, "owner", path + ".owner") : null,
                optionalText(node, "issueType", path + ".issueType"),
                optionalText(node, "priority", path + ".priority"),
                type == EventType.STAFF_REPLY ? requiredText(node, "by", path + ".by") : null,
                type == EventType.STAFF_REPLY ? ReplyMark.read(node, path + ".").kind() : ReplyKind.ANSWER);
    }

}
