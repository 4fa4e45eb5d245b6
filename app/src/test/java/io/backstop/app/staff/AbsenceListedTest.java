package io.backstop.app.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * How the lists show an absence (issue 18): whole days as the first and last day inclusive, though the stored end
 * stays the exclusive next midnight; a time range has no days; upcoming, current or past at the server's now; the
 * person's display name beside the login.
 */
class AbsenceListedTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static ObjectNode listed(String from, String to, String now) {
        Absence absence = new Absence("ivanova", Instant.parse(from), Instant.parse(to), AbsenceKind.VACATION);
        return AbsenceJson.listed(new StoredAbsence(7, absence, "head", false, false), MOSCOW, Instant.parse(now),
                login -> login.equals("ivanova") ? "Anna Ivanova" : login);
    }

    @Test
    void wholeDaysAreShownAsTheirFirstAndLastDayAndTheStoredEndStaysExclusive() {
        // 10 to 12 November in Moscow: stored as 10 Nov 00:00 to 13 Nov 00:00 (+03:00)
        ObjectNode node = listed("2026-11-09T21:00:00Z", "2026-11-12T21:00:00Z", "2026-11-01T09:00:00Z");
        assertThat(node.get("firstDay").asText()).isEqualTo("2026-11-10");
        assertThat(node.get("lastDay").asText()).isEqualTo("2026-11-12");
        assertThat(node.get("to").asText()).as("the stored end, in the zone").isEqualTo("2026-11-13T00:00:00+03:00");
        assertThat(node.get("personName").asText()).isEqualTo("Anna Ivanova");
        assertThat(node.get("person").asText()).isEqualTo("ivanova");
    }

    @Test
    void oneDayIsItsOwnFirstAndLastDay() {
        ObjectNode node = listed("2026-11-09T21:00:00Z", "2026-11-10T21:00:00Z", "2026-11-01T09:00:00Z");
        assertThat(node.get("firstDay").asText()).isEqualTo("2026-11-10");
        assertThat(node.get("lastDay").asText()).isEqualTo("2026-11-10");
    }

    @Test
    void aTimeRangeOrMidnightsOfAnotherZoneHaveNoDays() {
        assertThat(listed("2026-11-10T06:00:00Z", "2026-11-10T15:00:00Z", "2026-11-01T09:00:00Z").has("lastDay"))
                .isFalse();
        assertThat(listed("2026-11-10T00:00:00Z", "2026-11-12T00:00:00Z", "2026-11-01T09:00:00Z").has("firstDay"))
                .as("UTC midnights are 03:00 in Moscow").isFalse();
    }

    @Test
    void itIsUpcomingCurrentOrPastAtTheServersNowTheEndExclusive() {
        String from = "2026-11-09T21:00:00Z";
        String to = "2026-11-12T21:00:00Z";
        assertThat(listed(from, to, "2026-11-09T20:59:59Z").get("when").asText()).isEqualTo("UPCOMING");
        assertThat(listed(from, to, from).get("when").asText()).isEqualTo("CURRENT");
        assertThat(listed(from, to, "2026-11-12T20:59:59Z").get("when").asText()).isEqualTo("CURRENT");
        assertThat(listed(from, to, to).get("when").asText()).isEqualTo("PAST");
    }
}
