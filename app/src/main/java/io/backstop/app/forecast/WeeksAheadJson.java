package io.backstop.app.forecast;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.rest.Json;
import io.backstop.core.forecast.PersonWeek;
import io.backstop.core.forecast.WeekPlan;
import java.util.OptionalDouble;

/** The answer of {@code GET forecast}: the weeks ahead, the people's capacity and the past weeks' unserved work. */
final class WeeksAheadJson {

    private WeeksAheadJson() {
    }

    static ObjectNode of(DemandDesk.Forecast f) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("firstWeek", f.firstWeek().toString());
        root.put("trend", round(f.trend()));
        root.put("operatorEfficiency", round(f.operatorEfficiency()));
        root.put("managerEfficiency", round(f.managerEfficiency()));
        root.put("backlogMessages", f.backlogMessages());
        root.put("backlog", round(f.backlog()));
        ArrayNode weekList = root.putArray("weeks");
        for (WeekPlan w : f.weeks()) {
            ObjectNode node = weekList.addObject();
            node.put("week", w.week().toString());
            node.put("demand", round(w.demand()));
            node.put("promotion", round(w.promotion()));
            node.put("carried", round(w.carried()));
            node.put("load", round(w.load()));
            node.put("basis", w.basis().name());
            if (w.period().isPresent()) {
                node.put("period", w.period().get().name());
            } else {
                node.putNull("period");
            }
            node.put("plannedCapacity", round(w.plannedCapacity()));
            node.put("unplannedAbsence", round(w.unplanned()));
            node.put("capacity", round(w.capacity()));
            node.put("gap", round(w.gap()));
            node.put("flagged", w.flagged());
            number(node, "operatorHours", w.operatorHours());
            number(node, "managerHours", w.managerHours());
        }
        ArrayNode past = root.putArray("past");
        for (DemandDesk.PastWeek p : f.past()) {
            ObjectNode node = past.addObject();
            node.put("week", p.week().toString());
            node.put("demand", round(p.demand()));
            node.put("done", round(p.done()));
            node.put("unserved", round(p.unserved()));
        }
        ArrayNode promotions = root.putArray("promotions");
        f.promotions().forEach(p -> PromotionStore.json(promotions.addObject(), p));
        ArrayNode people = root.putArray("people");
        for (DemandDesk.PersonCapacity p : f.people()) {
            ObjectNode node = people.addObject();
            node.put("person", p.person());
            node.put("role", p.role().name());
            node.put("efficiency", round(p.efficiency()));
            node.put("efficiencyFrom", p.fromBand() ? "BAND" : "RESULTS");
            node.put("unplannedRate", Math.round(p.unplannedRate() * 10000) / 10000.0);
            ArrayNode hours = node.putArray("presentHours");
            for (PersonWeek w : p.weeks()) {
                hours.add(round(w.presentHours()));
            }
        }
        return root;
    }

    private static void number(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, round(value.getAsDouble()));
        } else {
            node.putNull(field);
        }
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
