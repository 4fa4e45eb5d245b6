package io.backstop.app.response;

import io.backstop.app.json.ScenarioJson;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.Reminder;
import io.backstop.core.sla.ResponseClock;
import java.time.ZoneId;

/** The internal notes Backstop leaves on an issue when it moves it, so the next person knows why. */
final class Notes {

    private Notes() {
    }

    static String reassigned(Reassignment moved, ResponseClock after, ZoneId zone) {
        String why = switch (moved.reason()) {
            case BREACH -> "the client's message from " + ScenarioJson.format(after.awaitingSince(), zone)
                    + " had no staff reply by " + ScenarioJson.format(after.due(), zone);
            case ABSENCE -> moved.from() + " is away and the client is waiting since "
                    + ScenarioJson.format(after.awaitingSince(), zone);
            case RETURN -> moved.to() + " is the client's manager and is at work";
        };
        return "Backstop moved this issue from " + moved.from() + " to " + moved.to() + ": " + why + ".";
    }

    static String reminder(Reminder reminder, ZoneId zone) {
        return "the client is waiting for an answer due by " + ScenarioJson.format(reminder.due(), zone) + ".";
    }

    static String promiseBroken(Promise promise, ZoneId zone) {
        return promise.by() + " promised on " + ScenarioJson.format(promise.madeAt(), zone) + " to answer by "
                + ScenarioJson.format(promise.due(), zone) + "; by " + ScenarioJson.format(promise.closedAt(), zone)
                + " the promise was not kept.";
    }

}
