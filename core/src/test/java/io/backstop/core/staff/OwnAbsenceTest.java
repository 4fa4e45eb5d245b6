package io.backstop.core.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Up to three working days of one's own absence take effect; more wait for the head; sickness never does. */
class OwnAbsenceTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final List<DailyInterval> DAY = List.of(DailyInterval.parse("09:00-18:00"));
    private static final WorkCalendar CALENDAR = new WorkCalendar(MOSCOW, Map.of(DayOfWeek.MONDAY, DAY,
            DayOfWeek.TUESDAY, DAY, DayOfWeek.WEDNESDAY, DAY, DayOfWeek.THURSDAY, DAY, DayOfWeek.FRIDAY, DAY),
            List.of(LocalDate.of(2026, 11, 4)));

    @Test
    void countsTheWorkingDaysTheAbsenceTouches() {
        // Thursday 12:00 to Tuesday 12:00: Thu, Fri, Mon, Tue; the weekend has no working time
        assertThat(OwnAbsence.workingDays(CALENDAR, at("2026-11-05T12:00"), at("2026-11-10T12:00"))).isEqualTo(4);
        // Tuesday to Thursday midnight, over the 4 November holiday: Tue, Thu
        assertThat(OwnAbsence.workingDays(CALENDAR, at("2026-11-03T00:00"), at("2026-11-06T00:00"))).isEqualTo(2);
        assertThat(OwnAbsence.workingDays(CALENDAR, at("2026-11-07T00:00"), at("2026-11-09T00:00"))).isZero();
    }

    @Test
    void busyTimeNeverWaitsForTheHeadAndNeverCountsTowardsTheLimit() {
        Instant monday = at("2026-11-09T00:00");
        Instant thursday = at("2026-11-12T00:00");
        assertThat(OwnAbsence.waitsForTheHead(CALENDAR, monday, at("2026-11-16T00:00"), AbsenceKind.BUSY, 3,
                List.of())).isFalse();
        assertThat(OwnAbsence.waitsForTheHead(CALENDAR, monday, at("2026-11-09T12:00"), AbsenceKind.BUSY, 0,
                List.of())).isFalse();
        // three days of time off, touching a busy Thursday morning: still three days, so at once
        List<Absence> busyThursday = List.of(new Absence("ivanova", thursday, at("2026-11-12T13:00"),
                AbsenceKind.BUSY));
        assertThat(OwnAbsence.waitsForTheHead(CALENDAR, monday, thursday, AbsenceKind.TIME_OFF, 3,
                busyThursday)).isFalse();
    }

    @Test
    void aLongOwnVacationWaitsForTheHeadButSicknessNever() {
        Instant monday = at("2026-11-09T00:00");
        Instant thursday = at("2026-11-12T00:00");
        Instant nextMonday = at("2026-11-16T00:00");
        assertThat(OwnAbsence.waitsForTheHead(CALENDAR, monday, thursday, AbsenceKind.VACATION, 3, List.of())).isFalse();
        assertThat(OwnAbsence.waitsForTheHead(CALENDAR, monday, nextMonday, AbsenceKind.VACATION, 3, List.of())).isTrue();
        assertThat(OwnAbsence.waitsForTheHead(CALENDAR, monday, nextMonday, AbsenceKind.TIME_OFF, 3, List.of())).isTrue();
        assertThat(OwnAbsence.waitsForTheHead(CALENDAR, monday, nextMonday, AbsenceKind.SICK, 3, List.of())).isFalse();
        assertThat(OwnAbsence.waitsForTheHead(CALENDAR, monday, thursday, AbsenceKind.VACATION, 0, List.of())).isTrue();
    }

    @Test
    void aVacationInPiecesBackToBackCountsWhole() {
        // Mon-Wed recorded, then Thu-Fri (touching), then the next Monday (over the weekend: still touching)
        List<Absence> theirs = List.of(new Absence("ivanova", at("2026-11-09T00:00"), at("2026-11-12T00:00"),
                AbsenceKind.VACATION));
        assertThat(OwnAbsence.waitsForTheHead(CALENDAR, at("2026-11-12T00:00"), at("2026-11-14T00:00"),
                AbsenceKind.VACATION, 3, theirs)).isTrue();
        assertThat(OwnAbsence.waitsForTheHead(CALENDAR, at("2026-11-14T00:00"), at("2026-11-17T00:00"),
                AbsenceKind.VACATION, 4, List.of(new Absence("ivanova", at("2026-11-09T00:00"),
                        at("2026-11-14T00:00"), AbsenceKind.VACATION)))).isTrue();
        // a day off a week later does not touch it
        assertThat(OwnAbsence.waitsForTheHead(CALENDAR, at("2026-11-19T00:00"), at("2026-11-20T00:00"),
                AbsenceKind.TIME_OFF, 3, theirs)).isFalse();
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(MOSCOW).toInstant();
    }
}
