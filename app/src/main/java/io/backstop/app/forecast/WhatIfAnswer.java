package io.backstop.app.forecast;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.rest.Json;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.staff.Absence;
import io.backstop.core.whatif.Assumptions;
import io.backstop.core.whatif.Comparison;
import io.backstop.core.whatif.Outcome;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * {@code POST forecast/what-if}'s answer as JSON: both sides, how much sooner clients hear back and the assumptions
 * it rests on. The resource checks who asks and reads the request.
 */
final class WhatIfAnswer {

    private WhatIfAnswer() {
    }

    static ObjectNode answer(LocalDate from, LocalDate to, String kind, Comparison c, ZoneId zone) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("from", from.toString());
        root.put("to", to.toString());
        root.put("change", kind);
        root.put("movedIssues", c.movedIssues());
        outcome(root.putObject("actual"), c.actual());
        outcome(root.putObject("changed"), c.changed());
        sooner(root.putObject("sooner"), c);
        assumptions(root.putObject("assumptions"), c.assumptions(), zone);
        return root;
    }

    /** The department's question answered: how much sooner clients hear back (negative: later), in working seconds. */
    private static void sooner(ObjectNode node, Comparison c) {
        seconds(node, "medianSeconds", difference(c.actual().medianWaitSeconds(), c.changed().medianWaitSeconds()));
        seconds(node, "p90Seconds", difference(c.actual().p90WaitSeconds(), c.changed().p90WaitSeconds()));
    }

    private static OptionalLong difference(OptionalLong before, OptionalLong after) {
        return before.isPresent() && after.isPresent() ? OptionalLong.of(before.getAsLong() - after.getAsLong())
                : OptionalLong.empty();
    }

    private static void outcome(ObjectNode node, Outcome o) {
        node.put("breaches", o.breaches());
        node.put("replies", o.replies());
        seconds(node, "medianWaitSeconds", o.medianWaitSeconds());
        seconds(node, "p90WaitSeconds", o.p90WaitSeconds());
        node.put("reassignmentsTotal", o.reassignmentCount());
        ObjectNode moves = node.putObject("reassignments");
        for (ReassignReason reason : ReassignReason.values()) {
            moves.put(reason.name(), o.reassignments().getOrDefault(reason, 0));
        }
        node.put("stillWaiting", o.stillWaiting());
        node.put("brokenPromises", o.brokenPromises());
        ObjectNode load = node.putObject("load");
        o.load().forEach((person, l) -> {
            ObjectNode one = load.putObject(person);
            one.put("replies", l.replies());
            one.put("breaches", l.breaches());
        });
    }

    private static void assumptions(ObjectNode node, Assumptions a, ZoneId zone) {
        paces(node.putObject("paceAsHolderSeconds"), a.paceAsHolder());
        paces(node.putObject("paceFromQueueSeconds"), a.paceFromQueue());
        node.put("managerPaceSeconds", a.managerPace().getSeconds());
        node.put("unplannedRate", Math.round(a.unplannedRate() * 10000) / 10000.0);
        seconds(node, "seed", a.seed());
        if (a.newPerson().isPresent()) {
            node.put("newPerson", a.newPerson().get());
        } else {
            node.putNull("newPerson");
        }
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Absence away : a.newPersonAway()) {
            for (LocalDate d = LocalDate.ofInstant(away.from(), zone); d.atStartOfDay(zone).toInstant()
                    .isBefore(away.to()); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        ArrayNode list = node.putArray("newPersonAwayDays");
        days.forEach(d -> list.add(d.toString()));
        node.put("redecidedReplies", a.redecidedReplies());
        node.put("pastEnd", a.pastEnd());
    }

    private static void paces(ObjectNode node, Map<String, Duration> paces) {
        paces.forEach((person, pace) -> node.put(person, pace.getSeconds()));
    }

    private static void seconds(ObjectNode node, String field, OptionalLong value) {
        if (value.isPresent()) {
            node.put(field, value.getAsLong());
        } else {
            node.putNull(field);
        }
    }
}
