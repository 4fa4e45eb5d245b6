package io.backstop.app.forecast;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.rest.Json;
import io.backstop.core.forecast.Backtest;

/**
 * {@code GET forecast/backtest}: {@code weeks} (each {@code week, actual, forecast, sameWeekLastYear,
 * lastFourWeeks}, norm-hours) and {@code error} ({@code forecast, sameWeekLastYear, lastFourWeeks}: the weighted
 * absolute percentage error as a share, 0.12 for 12%).
 */
final class BacktestJson {

    private BacktestJson() {
    }

    static ObjectNode of(Backtest backtest) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ArrayNode weeks = root.putArray("weeks");
        backtest.weeks().forEach(w -> weeks.addObject().put("week", w.week().toString())
                .put("actual", Json.round(w.actual())).put("forecast", Json.round(w.forecast()))
                .put("sameWeekLastYear", Json.round(w.sameWeekLastYear()))
                .put("lastFourWeeks", Json.round(w.lastFourWeeks())));
        root.putObject("error").put("forecast", Json.round(backtest.forecastError()))
                .put("sameWeekLastYear", Json.round(backtest.sameWeekLastYearError()))
                .put("lastFourWeeks", Json.round(backtest.lastFourWeeksError()));
        return root;
    }
}
