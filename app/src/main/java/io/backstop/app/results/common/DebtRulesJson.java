package io.backstop.app.results.common;

import static io.backstop.app.results.common.SettingsFields.integer;
import static io.backstop.app.results.common.SettingsFields.number;
import static io.backstop.app.results.common.SettingsFields.object;
import static io.backstop.app.results.common.SettingsFields.whole;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.debt.DebtRules;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.InvalidFieldException;
import java.util.Map;

/**
 * The {@code debt} member of the results settings (issue 17, point 4):
 * {@code {callEveryWorkingDays, value: {revenueKopecks, tenureMonths, high, medium}, headFromDays: {high, medium}}}.
 * A missing member keeps its default; bad input names the JSON path ({@code debt.value.high}).
 */
final class DebtRulesJson {

    private DebtRulesJson() {
    }

    static DebtRules read(JsonNode debt, DebtRules base) {
        int every = debt.has("callEveryWorkingDays") ? integer(debt, "callEveryWorkingDays", "debt")
                : base.callEveryWorkingDays();
        long revenue = base.valueRevenueKopecks();
        int tenure = base.valueTenureMonths();
        double high = base.highValue();
        double medium = base.mediumValue();
        if (debt.has("value")) {
            JsonNode v = object(debt, "value", "debt");
            revenue = v.has("revenueKopecks") ? whole(v, "revenueKopecks", "debt.value") : revenue;
            tenure = v.has("tenureMonths") ? integer(v, "tenureMonths", "debt.value") : tenure;
            high = number(v, "high", "debt.value", high);
            medium = number(v, "medium", "debt.value", medium);
        }
        int headHigh = base.headFromDaysHigh();
        int headMedium = base.headFromDaysMedium();
        if (debt.has("headFromDays")) {
            JsonNode h = object(debt, "headFromDays", "debt");
            headHigh = h.has("high") ? integer(h, "high", "debt.headFromDays") : headHigh;
            headMedium = h.has("medium") ? integer(h, "medium", "debt.headFromDays") : headMedium;
        }
        long r = revenue;
        int t = tenure;
        double hi = high;
        double me = medium;
        int hh = headHigh;
        int hm = headMedium;
        try {
            return new DebtRules(every, r, t, hi, me, hh, hm);
        } catch (InvalidFieldException e) {
            throw e.at("debt." + PATHS.getOrDefault(e.field(), e.field()));
        }
    }

    /** The core record's field names as the JSON paths under {@code debt}. */
    private static final Map<String, String> PATHS = Map.of(
            "valueRevenueKopecks", "value.revenueKopecks", "valueTenureMonths", "value.tenureMonths",
            "highValue", "value.high", "mediumValue", "value.medium",
            "headFromDaysHigh", "headFromDays.high", "headFromDaysMedium", "headFromDays.medium");

    static void write(ObjectNode node, DebtRules debt) {
        node.put("callEveryWorkingDays", debt.callEveryWorkingDays());
        node.putObject("value").put("revenueKopecks", debt.valueRevenueKopecks())
                .put("tenureMonths", debt.valueTenureMonths()).put("high", debt.highValue())
                .put("medium", debt.mediumValue());
        node.putObject("headFromDays").put("high", debt.headFromDaysHigh()).put("medium", debt.headFromDaysMedium());
    }
}
