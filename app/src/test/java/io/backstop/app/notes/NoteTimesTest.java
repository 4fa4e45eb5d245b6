package io.backstop.app.notes;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.settings.NotesLanguage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Times in notes as people write them: local, weekday first, the year only when it is not the note's own. */
class NoteTimesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final NoteTimes RU = NoteTimes.of(NotesLanguage.RU, MOSCOW);
    private static final NoteTimes EN = NoteTimes.of(NotesLanguage.EN, MOSCOW);

    @Test
    void aTimeThisYearInBothLanguages() {
        Instant monday = at("2026-11-02T14:00:00+03:00");
        Instant later = at("2026-11-20T09:00:00+03:00");

        assertThat(RU.format(monday, later)).isEqualTo("пн 02.11 14:00");
        assertThat(EN.format(monday, later)).isEqualTo("Mon 2 Nov 14:00");
        assertThat(RU.format(at("2026-03-08T09:05:00+03:00"), later)).isEqualTo("вс 08.03 09:05");
        assertThat(EN.format(at("2026-03-08T09:05:00+03:00"), later)).isEqualTo("Sun 8 Mar 09:05");
    }

    @Test
    void theYearOnlyWhenItIsNotTheNotesOwn() {
        Instant newYearNote = at("2027-01-04T10:00:00+03:00");
        Instant lastYear = at("2026-12-30T17:00:00+03:00");

        assertThat(RU.format(lastYear, newYearNote)).isEqualTo("ср 30.12.2026 17:00");
        assertThat(EN.format(lastYear, newYearNote)).isEqualTo("Wed 30 Dec 2026 17:00");
        assertThat(RU.format(newYearNote)).isEqualTo("пн 04.01 10:00");
        assertThat(EN.format(at("2027-02-01T10:00:00+03:00"), newYearNote)).isEqualTo("Mon 1 Feb 10:00");
    }

    @Test
    void theYearIsTheLocalOneNotUtcs() {
        // 22:30 UTC on 31 December is already 01:30 on 1 January in Moscow: this year's for a note written that day
        Instant newYearsNight = Instant.parse("2026-12-31T22:30:00Z");
        Instant morning = at("2027-01-01T10:00:00+03:00");

        assertThat(RU.format(newYearsNight, morning)).isEqualTo("пт 01.01 01:30");
        assertThat(EN.format(Instant.parse("2026-12-31T20:30:00Z"), morning)).isEqualTo("Thu 31 Dec 2026 23:30");
    }

    @Test
    void summerTimeIsTheLocalClocks() {
        NoteTimes ru = NoteTimes.of(NotesLanguage.RU, BERLIN);
        NoteTimes en = NoteTimes.of(NotesLanguage.EN, BERLIN);
        // 29 March 2026: clocks go from 02:00 to 03:00
        assertThat(en.format(Instant.parse("2026-03-29T00:30:00Z"))).isEqualTo("Sun 29 Mar 01:30");
        assertThat(en.format(Instant.parse("2026-03-29T01:30:00Z"))).isEqualTo("Sun 29 Mar 03:30");
        assertThat(ru.format(Instant.parse("2026-03-29T01:30:00Z"))).isEqualTo("вс 29.03 03:30");
        // 25 October 2026: clocks go from 03:00 back to 02:00; both 02:30s read as the wall clock showed them
        assertThat(ru.format(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("вс 25.10 02:30");
        assertThat(ru.format(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("вс 25.10 02:30");
        assertThat(en.format(Instant.parse("2026-10-25T02:30:00Z"))).isEqualTo("Sun 25 Oct 03:30");
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
