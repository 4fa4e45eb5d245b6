package io.backstop.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.calendar.WorkCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * Where the demo's clock starts without {@code --start}: an hour into the last working morning at or before now in
 * the department's calendar (Moscow, Russian holidays); a restart resumes where the demo had got to if that is
 * later, never behind it.
 */
class DemoStartTest {

    private static final WorkCalendar MOSCOW = DemoDepartment.calendar();

    private static Instant moscow(String local) {
        return LocalDateTime.parse(local).atZone(DemoDepartment.ZONE).toInstant();
    }

    @Test
    void aWorkingAfternoonStartsThatMorning() {
        assertThat(DemoStart.lastWorkingMorning(MOSCOW, moscow("2026-12-08T14:30")))
                .isEqualTo(moscow("2026-12-08T10:00"));
        assertThat(DemoStart.lastWorkingMorning(MOSCOW, moscow("2026-12-08T10:00")))
                .as("exactly the morning").isEqualTo(moscow("2026-12-08T10:00"));
    }

    @Test
    void beforeTheMorningHourItIsTheDayBefore() {
        assertThat(DemoStart.lastWorkingMorning(MOSCOW, moscow("2026-12-08T09:59")))
                .isEqualTo(moscow("2026-12-07T10:00"));
        assertThat(DemoStart.lastWorkingMorning(MOSCOW, moscow("2026-12-07T03:00")))
                .as("Monday night: Friday").isEqualTo(moscow("2026-12-04T10:00"));
    }

    @Test
    void weekendsAndHolidaysGoBackToTheLastWorkingDay() {
        assertThat(DemoStart.lastWorkingMorning(MOSCOW, moscow("2026-12-06T12:00")))
                .as("Sunday").isEqualTo(moscow("2026-12-04T10:00"));
        assertThat(DemoStart.lastWorkingMorning(MOSCOW, moscow("2027-01-05T12:00")))
                .as("the New Year holidays: 30 December, 31 December 2026 is a day off")
                .isEqualTo(moscow("2026-12-30T10:00"));
        assertThat(DemoStart.lastWorkingMorning(MOSCOW, moscow("2026-11-04T15:00")))
                .as("Unity Day").isEqualTo(moscow("2026-11-03T10:00"));
    }

    @Test
    void aRestartResumesWhereTheDemoGotToIfThatIsLater() {
        Instant now = moscow("2026-12-08T14:30");
        Instant morning = moscow("2026-12-08T10:00");
        assertThat(DemoStart.resume(MOSCOW, now, Instant.MIN)).as("nothing lived yet").isEqualTo(morning);
        assertThat(DemoStart.resume(MOSCOW, now, moscow("2026-12-07T17:00"))).as("lived yesterday").isEqualTo(morning);
        Instant ranAhead = moscow("2026-12-10T16:20"); // at 60x speed the demo lived two days in an hour
        assertThat(DemoStart.resume(MOSCOW, now, ranAhead)).isEqualTo(ranAhead);
    }
}
