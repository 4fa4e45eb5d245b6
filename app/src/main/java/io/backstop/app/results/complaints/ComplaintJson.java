package io.backstop.app.results.complaints;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.json.ScenarioJson;
import io.backstop.app.rest.Json;
import io.backstop.core.complaint.Change;
import io.backstop.core.complaint.Complaint;
import io.backstop.core.complaint.ComplaintAction;
import io.backstop.core.complaint.DirectorsLog;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/** Complaints and the director's log as the REST API writes them, times as offsets in the department's zone. */
final class ComplaintJson {

    private ComplaintJson() {
    }

    /**
     * The complaint with what the caller may do to it now ({@code actions}: UNFLAG, CLOSE, REOPEN, what a screen
     * offers them; an addition to the contract's shape).
     */
    static ObjectNode complaint(Complaint c, ZoneId zone, List<ComplaintAction> actions) {
        ObjectNode node = complaint(c, zone);
        ArrayNode may = node.putArray("actions");
        actions.forEach(action -> may.add(action.name()));
        return node;
    }

    /**
     * {@code {id, client, issue, about, flaggedBy, flaggedAt, state, comment?, source, history: [{action, by, at,
     * reason?}]}}.
     */
    static ObjectNode complaint(Complaint c, ZoneId zone) {
        ObjectNode node = Json.MAPPER.createObjectNode().put("id", c.id()).put("client", c.client())
                .put("issue", c.issue()).put("about", c.about()).put("flaggedBy", c.flaggedBy())
                .put("flaggedAt", ScenarioJson.format(c.flaggedAt(), zone)).put("state", c.state().name());
        c.comment().ifPresent(comment -> node.put("comment", comment));
        node.put("source", c.source().name());
        ArrayNode history = node.putArray("history");
        for (Change change : c.history()) {
            ObjectNode entry = history.addObject().put("action", change.action().name()).put("by", change.by())
                    .put("at", ScenarioJson.format(change.at(), zone));
            change.reason().ifPresent(reason -> entry.put("reason", reason));
        }
        return node;
    }

    /**
     * {@code {at, by, action, reason, complaint: {id, issue, client, about?, state?, actions?}}}; reason null only in
     * rows from before reasons were required; a complaint's {@code state} now and what the caller may do to it
     * ({@code actions}, so the screen offers a reopen) are additions to the contract's shape.
     */
    static ObjectNode logEntry(ComplaintsDesk.LogLine line, ZoneId zone,
                               Function<Complaint, List<ComplaintAction>> may) {
        DirectorsLog.Entry e = line.entry();
        ObjectNode node = Json.MAPPER.createObjectNode().put("at", ScenarioJson.format(e.at(), zone))
                .put("by", e.by()).put("action", e.action().name()).put("reason", e.reason().orElse(null));
        ObjectNode subject = node.putObject("complaint").put("id", e.subject().id()).put("issue", e.subject().issue())
                .put("client", e.subject().client());
        e.subject().about().ifPresent(about -> subject.put("about", about));
        line.complaint().ifPresent(c -> {
            subject.put("state", c.state().name());
            ArrayNode actions = subject.putArray("actions");
            may.apply(c).forEach(action -> actions.add(action.name()));
        });
        return node;
    }
}
