package io.backstop.app.response;

import io.backstop.app.json.ScenarioJson;
import io.backstop.core.sla.Reassignment;
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

}
