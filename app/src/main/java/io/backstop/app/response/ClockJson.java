package io.backstop.app.response;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.json.ScenarioJson;
import io.backstop.app.rest.Json;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.sla.Countdown;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.ResponseClock;
import java.time.Instant;
import java.time.ZoneId;

/** The JSON shapes of sandbox-contract.md for clocks and their timeline. */
public final class ClockJson {

    private ClockJson() {
    }

    /**
     * A queue entry at {@code now}: the clock, and its {@link Countdown} by the department's calendar (the caller reads
     * {@code now} once for everything it answers, so every entry and screen counts from the same instant).
     */
    public static ObjectNode queueEntry(StoredClock stored, WorkCalendar calendar, Instant now) {
        ResponseClock clock = stored.clock();
        ZoneId zone = calendar.zone();
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("issue", clock.issue());
        Json.put(node, "awaitingSince", clock.awaitingSince(), zone);
        Json.put(node, "due", clock.due(), zone);
        Json.put(node, "queuedAt", clock.queuedAt(), zone);
        node.put("assignee", clock.assignee());
        node.put("owner", clock.owner());
        putCountdown(node, clock, calendar, now);
        node.put("client", stored.client());
        node.put("issueType", clock.issueType());
        node.put("breached", clock.breached());
        return node;
    }

    /** One issue's clock at {@code now}: the queue entry's fields, and whether it awaits, is open, its priority. */
    public static ObjectNode sla(StoredClock stored, WorkCalendar calendar, Instant now) {
        ResponseClock clock = stored.clock();
        ObjectNode node = queueEntry(stored, calendar, now);
        node.put("awaiting", clock.isAwaiting());
        node.put("open", clock.open());
        node.put("priority", clock.priority());
        putOpenPromise(node, clock, calendar.zone());
        return node;
    }

    /**
     * The one countdown every screen shows: {@code workingSecondsLeft} (working time from now to due, negative when
     * overdue; null when the issue awaits no answer) and {@code paused} (now is outside working time).
     */
    static void putCountdown(ObjectNode node, ResponseClock clock, WorkCalendar calendar, Instant now) {
        if (clock.isAwaiting()) {
            Countdown countdown = Countdown.at(calendar, clock.due(), now);
            node.put("workingSecondsLeft", countdown.workingSecondsLeft());
            node.put("paused", countdown.paused());
        } else {
            node.putNull("workingSecondsLeft");
            node.put("paused", Countdown.paused(calendar, now));
        }
    }

    public static ObjectNode timelineEntry(ClockEvent event, ZoneId zone) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        Json.put(node, "at", event.at(), zone);
        node.put("kind", event.kind().name());
        putIfSet(node, "actor", event.actor());
        putIfSet(node, "from", event.from());
        putIfSet(node, "to", event.to());
        putIfSet(node, "reason", event.reason());
        if (event.awaitingSince() != null) {
            Json.put(node, "awaitingSince", event.awaitingSince(), zone);
        }
        if (event.due() != null) {
            Json.put(node, "due", event.due(), zone);
        }
        if (event.workingSeconds() != null) {
            node.put("workingSeconds", event.workingSeconds());
        }
        if (event.onTime() != null) {
            node.put("onTime", event.onTime());
        }
        putIfSet(node, "detail", event.detail());
        ReplyDecidedBy.read(event.detail()).ifPresent(decided -> {
            ObjectNode holding = node.putObject("holding").put("how", decided.how().name());
            if (decided.phrase() != null) {
                holding.put("phrase", decided.phrase());
            }
        });
        return node;
    }

    public static ObjectNode audit(ClockEvent event, ZoneId zone) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        Json.put(node, "at", event.at(), zone);
        if (event.kind() == ClockEventKind.CATALOGUE) {
            // issue 17: who replaced which catalogue, and how many rows changed
            return node.put("kind", event.kind().name()).put("by", event.actor()).put("catalogue", event.reason())
                    .put("detail", event.detail());
        }
        node.put("issue", event.issue());
        node.put("from", event.from());
        node.put("to", event.to());
        node.put("reason", event.reason());
        node.put("detail", decidedFrom(event, zone));
        return node;
    }

    /** The state a reassignment was decided from, as the audit's {@code detail}: who held it and its clock. */
    private static String decidedFrom(ClockEvent event, ZoneId zone) {
        String state = event.awaitingSince() == null ? "answered"
                : "awaiting since " + ScenarioJson.format(event.awaitingSince(), zone) + ", due "
                        + ScenarioJson.format(event.due(), zone);
        return "held by " + event.from() + "; " + state + (event.detail() == null ? "" : "; " + event.detail());
    }

    public static ObjectNode breach(ClockEvent event, ZoneId zone) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("issue", event.issue());
        Json.put(node, "awaitingSince", event.awaitingSince(), zone);
        Json.put(node, "due", event.due(), zone);
        Json.put(node, "detectedAt", event.at(), zone);
        node.put("heldBy", event.from());
        return node;
    }

    /** A promise in the shape of sla-semantics.md (rule 11); {@code closedAt} null while open. */
    public static ObjectNode promise(Promise promise, ZoneId zone) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("issue", promise.issue());
        node.put("by", promise.by());
        Json.put(node, "madeAt", promise.madeAt(), zone);
        Json.put(node, "due", promise.due(), zone);
        node.put("outcome", promise.outcome().name());
        if (promise.closedAt() == null) {
            node.putNull("closedAt");
        } else {
            Json.put(node, "closedAt", promise.closedAt(), zone);
        }
        return node;
    }

    /** The open promise of a clock (who, since when, by when), or null. */
    static void putOpenPromise(ObjectNode node, ResponseClock clock, ZoneId zone) {
        if (clock.promise() == null) {
            node.putNull("promise");
            return;
        }
        ObjectNode promise = node.putObject("promise");
        promise.put("by", clock.promise().by());
        Json.put(promise, "madeAt", clock.promise().madeAt(), zone);
        Json.put(promise, "due", clock.promise().due(), zone);
    }

    private static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
