package io.backstop.bench;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The department calendar both benchmarks use. */
final class Fixtures {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /**
     * Weekday public holidays of 2025 in Russia (the transferred working Saturday of 1 November is not modelled:
     * the calendar has no extra working days).
     */
    static final List<LocalDate> HOLIDAYS_2025 = List.of(
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3),
            LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7), LocalDate.of(2025, 1, 8),
            LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 8),
            LocalDate.of(2025, 5, 9), LocalDate.of(2025, 6, 12), LocalDate.of(2025, 6, 13),
            LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 4), LocalDate.of(2025, 12, 31));

    private Fixtures() {
    }

    /** Europe/Moscow, Monday to Friday 09:00-13:00 and 14:00-18:00, with {@link #HOLIDAYS_2025}. */
    static WorkCalendar moscowCalendar() {
        List<DailyInterval> day = List.of(DailyInterval.parse("09:00-13:00"), DailyInterval.parse("14:00-18:00"));
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, day);
        }
        return new WorkCalendar(MOSCOW, week, HOLIDAYS_2025);
    }

    /**
     * Settings for a department of a head, an operator (deputised by the office manager) and {@code managers}, on
     * the Moscow working week of 2026 (09:00-13:00, 14:00-18:00), queue after 30 working minutes, reply within one
     * working hour, a watcher tick of {@code tick}.
     */
    static String department(List<String> managers, String tick) {
        StringBuilder people = new StringBuilder("{ \"name\": \"head\", \"role\": \"HEAD\" },"
                + " { \"name\": \"operator\", \"role\": \"OPERATOR\", \"deputies\": [\"office\"] },"
                + " { \"name\": \"office\", \"role\": \"OFFICE_MANAGER\" }");
        for (String m : managers) {
            people.append(", { \"name\": \"").append(m).append("\", \"role\": \"MANAGER\" }");
        }
        return """
                {
                  "calendar": {
                    "zone": "Europe/Moscow",
                    "week": {
                      "MON": ["09:00-13:00", "14:00-18:00"], "TUE": ["09:00-13:00", "14:00-18:00"],
                      "WED": ["09:00-13:00", "14:00-18:00"], "THU": ["09:00-13:00", "14:00-18:00"],
                      "FRI": ["09:00-13:00", "14:00-18:00"]
                    },
                    "holidays": ["2026-11-04"]
                  },
                  "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
                  "people": [ %s ],
                  "tick": "%s"
                }
                """.formatted(people, tick);
    }
}
