package io.backstop.jira.testing;

import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsDocument;
import java.time.Instant;
import java.time.OffsetDateTime;

/** The department of the spec's worked example: head; operator (deputy: head); ivanova (deputy: petrova); petrova. */
public final class Departments {

    /** Monday 2 November 2026, 10:00 in Moscow. */
    public static final Instant MONDAY_10 = at("2026-11-02T10:00:00+03:00");

    private Departments() {
    }

    public static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    /** Weekdays 09:00-18:00 Moscow, queue after 30 minutes, answer within {@code respondWithin}. */
    public static DepartmentSettings workedExample(String respondWithin, String tick) {
        return SettingsDocument.read("""
                {
                  "calendar": {"zone": "Europe/Moscow", "week": {
                    "MON": ["09:00-18:00"], "TUE": ["09:00-18:00"], "WED": ["09:00-18:00"],
                    "THU": ["09:00-18:00"], "FRI": ["09:00-18:00"]}},
                  "policy": {"queueAfter": "PT30M", "respondWithin": "%s", "returnToOwner": true},
                  "people": [
                    {"name": "head", "role": "HEAD"},
                    {"name": "operator", "role": "OPERATOR", "deputies": ["head"]},
                    {"name": "ivanova", "role": "MANAGER", "deputies": ["petrova"]},
                    {"name": "petrova", "role": "MANAGER"}
                  ],
                  "tick": "%s",
                  "staffGroup": "backstop-staff"
                }""".formatted(respondWithin, tick));
    }

    public static DepartmentSettings workedExample() {
        return workedExample("PT1H", "PT1M");
    }
}
