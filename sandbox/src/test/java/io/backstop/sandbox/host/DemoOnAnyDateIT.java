package io.backstop.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoStart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The date sweep: the demo department started on the days that broke it or could (the 1st, the 4th and the last day
 * of a month, a Saturday, New Year, the May holidays, the first working hour of a month, daylight-saving changes in
 * a zone that has them), with the real time pinned. At each, the demo starts on its last working morning and every
 * demo-level screen has content: results, this month's and last month's figures, the forecast, the queue, the
 * absences. Nothing here reads the machine's date.
 */
class DemoOnAnyDateIT {

    private static final ZoneId MOSCOW = DemoDepartment.ZONE;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("the 1st, a Tuesday", "2026-12-01T12:00", MOSCOW),
                Arguments.of("the 4th, a Friday", "2026-12-04T15:00", MOSCOW),
                Arguments.of("the last day of a month, in the evening", "2026-11-30T19:00", MOSCOW),
                Arguments.of("a Saturday", "2026-12-05T12:00", MOSCOW),
                Arguments.of("31 December, a holiday in 2026", "2026-12-31T12:00", MOSCOW),
                Arguments.of("31 December, a working Friday", "2027-12-31T16:00", MOSCOW),
                Arguments.of("1 January", "2027-01-01T09:00", MOSCOW),
                Arguments.of("the first working hour of the year", "2027-01-11T10:30", MOSCOW),
                Arguments.of("the May holidays", "2027-05-03T12:00", MOSCOW),
                Arguments.of("the first working hour of May", "2027-05-04T10:00", MOSCOW),
                Arguments.of("the day clocks go forward", "2027-03-28T12:00", BERLIN),
                Arguments.of("the morning after clocks went forward", "2027-03-29T11:00", BERLIN),
                Arguments.of("the day clocks go back", "2027-10-31T12:00", BERLIN));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("dates")
    void theDemoHasEveryFeatureOnAnyDate(String what, String localNow, ZoneId zone) throws Exception {
        Instant realNow = LocalDateTime.parse(localNow).atZone(zone).toInstant();
        Path data = Files.createDirectories(dir.resolve("data"));
        SandboxOptions options = new SandboxOptions(0, data, true, null, 1, true).at(realNow, zone);
        try (Sandbox sandbox = Sandbox.start(options)) {
            Instant now = sandbox.time().instant();
            assertThat(now).isEqualTo(DemoStart.lastWorkingMorning(DemoDepartment.calendar(zone), realNow));
            assertThat(Duration.between(now, realNow)).isBetween(Duration.ZERO, Duration.ofDays(12));
            LocalDate today = now.atZone(zone).toLocalDate();
            DemoScreens screens = new DemoScreens(new SandboxClient(sandbox.url()), today);

            screens.results();
            screens.monthFigures(YearMonth.from(today), true);
            screens.monthFigures(YearMonth.from(today).minusMonths(1), false);
            screens.forecast();
            screens.queueAndPromises(sandbox.tracker());
            screens.absences();
        }
    }
}
