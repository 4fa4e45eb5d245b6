package io.backstop.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.replay.Replay;
import io.backstop.core.replay.ReplayResult;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.sla.ResponseClock;
import io.backstop.core.staff.AbsenceKind;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DemoHistoryTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    static Stream<Arguments> presents() {
        return Stream.of(
                Arguments.of("2026-11-27T16:42:13+03:00", 1L), // Friday afternoon
                Arguments.of("2026-11-30T09:05:00+03:00", 2L), // Monday morning
                Arguments.of("2026-11-28T12:00:00+03:00", 3L), // Saturday
                Arguments.of("2026-05-12T10:00:00+03:00", 42L), // after the May holidays
                Arguments.of("2026-01-05T12:00:00+03:00", 5L), // in the New Year holidays
                Arguments.of("2027-03-03T13:30:00+03:00", 6L), // lunch break
                Arguments.of("2026-07-15T19:30:00+03:00", -9L)); // evening
    }

    @ParameterizedTest
    @MethodSource("presents")
    void actionsAreAConsistentStoryUpToNow(String nowText, long seed) {
        Instant now = OffsetDateTime.parse(nowText).toInstant();
        DemoHistory history = DemoHistory.generate(now, seed, MOSCOW);

        assertThat(history.actions()).isNotEmpty().allSatisfy(action -> {
            assertThat(action.at()).isBefore(now);
            assertThat(action.at()).isAfterOrEqualTo(history.start());
        });
        Map<String, Boolean> open = DemoChecks.checkStream(history.actions(), 1, Map.of());
        assertThat(DemoChecks.openOf(history.openIssues())).isEqualTo(open);
        assertThat(history.nextIssueNumber() - 1)
                .isEqualTo(history.actions().stream().filter(a -> a.kind() == DemoAction.Kind.CREATE_ISSUE).count());
        DemoChecks.checkStaffWorkInWorkingTime(history.actions(), DemoDepartment.calendar(MOSCOW));
        // About ten working days at four new issues an hour.
        assertThat(history.issueCount()).isBetween(220, 420);
        assertThat(history.start().atZone(MOSCOW).toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(DemoDepartment.calendar(MOSCOW).working(history.start(), now).toHours()).isBetween(75L, 87L);
    }

    @ParameterizedTest
    @MethodSource("presents")
    void replayingTheHistoryLeavesALivelyDepartment(String nowText, long seed) {
        Instant now = OffsetDateTime.parse(nowText).toInstant();
        DemoHistory history = DemoHistory.generate(now, seed, MOSCOW);

        ReplayResult result = Replay.run(history.toScenario());

        assertThat(result.queue()).isNotEmpty();
        assertThat(result.breaches()).isNotEmpty();
        assertThat(result.queue()).filteredOn(clock -> !clock.due().isAfter(now)).as("past due").hasSizeBetween(2, 15);
        assertThat(result.queue()).filteredOn(clock -> clock.due().isAfter(now)).as("in the queue window")
                .isNotEmpty();
        assertThat(result.replies()).filteredOn(reply -> !reply.onTime()).as("late replies").isNotEmpty();
        assertThat(result.replies()).filteredOn(reply -> reply.onTime()).as("on-time replies")
                .hasSizeGreaterThan(result.replies().size() * 3 / 4);
        assertThat(result.reassignments()).extracting(r -> r.reason())
                .contains(ReassignReason.BREACH, ReassignReason.ABSENCE, ReassignReason.RETURN);
        // The engine agrees with the generator about who waits for an answer.
        List<String> awaiting = history.openIssues().stream().filter(DemoIssue::awaiting).map(DemoIssue::issue).toList();
        assertThat(awaiting).containsAll(result.queue().stream().map(ResponseClock::issue).toList());
        assertThat(history.openIssues()).filteredOn(DemoIssue::awaiting)
                .allSatisfy(issue -> assertThat(issue.awaitingSince()).isBefore(now));
    }

    @ParameterizedTest
    @MethodSource("presents")
    void someoneIsAwayTodayAndSomeoneNextWeek(String nowText, long seed) {
        Instant now = OffsetDateTime.parse(nowText).toInstant();
        DemoHistory history = DemoHistory.generate(now, seed, MOSCOW);
        LocalDate today = now.atZone(MOSCOW).toLocalDate();

        assertThat(history.absences()).isSortedAccordingTo((a, b) -> a.from().compareTo(b.from()));
        assertThat(history.absences()).filteredOn(a -> a.covers(now))
                .singleElement().satisfies(sick -> {
                    assertThat(sick.kind()).isEqualTo(AbsenceKind.SICK);
                    assertThat(sick.person()).isIn(DemoDepartment.MANAGERS);
                    assertThat(sick.from()).isEqualTo(today.atStartOfDay(MOSCOW).toInstant());
                });
        LocalDate nextMonday = today.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
        assertThat(history.absences()).filteredOn(a -> a.kind() == AbsenceKind.VACATION).singleElement()
                .satisfies(vacation -> {
                    assertThat(vacation.from()).isEqualTo(nextMonday.atStartOfDay(MOSCOW).toInstant());
                    assertThat(vacation.person()).isIn(DemoDepartment.MANAGERS);
                });
        assertThat(history.absences()).filteredOn(a -> a.kind() == AbsenceKind.STUDY).singleElement()
                .satisfies(study -> {
                    assertThat(study.person()).isEqualTo("operator");
                    ZonedDateTime from = study.from().atZone(MOSCOW);
                    assertThat(from.toLocalTime()).isEqualTo(LocalTime.of(15, 0));
                    assertThat(from.toLocalDate()).isBefore(today);
                    assertThat(study.to().atZone(MOSCOW).toLocalTime()).isIn(LocalTime.of(17, 0), LocalTime.of(18, 0));
                });
        List<DemoAbsence> away = history.absences().stream().filter(a -> a.kind() != AbsenceKind.BUSY).toList();
        assertThat(away).extracting(DemoAbsence::person).doesNotHaveDuplicates().doesNotContain("head");
        // busy, not away: the two managers at work today, at a long call and at this morning's meeting
        List<DemoAbsence> busy = history.absences().stream().filter(a -> a.kind() == AbsenceKind.BUSY).toList();
        assertThat(busy).extracting(DemoAbsence::person).doesNotContain(
                history.absences().stream().filter(a -> a.kind() == AbsenceKind.SICK).findFirst().orElseThrow()
                        .person()).allMatch(DemoDepartment.MANAGERS::contains);
        assertThat(busy).filteredOn(a -> a.from().atZone(MOSCOW).toLocalDate().equals(today)).hasSize(
                DemoDepartment.calendar().workingSpans(today).isEmpty() ? 0 : 2);
        assertThat(busy).filteredOn(a -> a.from().atZone(MOSCOW).toLocalDate().isBefore(today)).hasSize(2);
    }

    @Test
    void staffRepliesAreMostlyByTheOwnerSometimesByOthers() {
        DemoHistory history = DemoHistory.generate(OffsetDateTime.parse("2026-11-27T16:42:00+03:00").toInstant(), 11);
        List<DemoAction> replies = history.actions().stream()
                .filter(a -> a.kind() == DemoAction.Kind.STAFF_COMMENT).toList();

        assertThat(replies.stream().filter(a -> a.author().equals(a.owner())).count())
                .isGreaterThan(replies.size() / 2);
        assertThat(replies).anyMatch(a -> a.author().equals("operator"));
        assertThat(replies).anyMatch(a -> DemoDepartment.MANAGERS.contains(a.author()) && !a.author().equals(a.owner()));
        assertThat(replies).anyMatch(a -> a.body().contains("Sorry for the delay"));
        assertThat(history.actions()).filteredOn(a -> a.kind() == DemoAction.Kind.CREATE_ISSUE)
                .extracting(DemoAction::issueType).contains("Client request", "Client report", "Complaint");
        assertThat(history.actions()).filteredOn(a -> a.kind() == DemoAction.Kind.CREATE_ISSUE)
                .extracting(DemoAction::priority).contains("Highest", "High", "Medium", "Low");
        assertThat(history.actions()).extracting(DemoAction::kind).contains(DemoAction.Kind.values());
        long requests = history.actions().stream().filter(a -> "Client request".equals(a.issueType())
                && a.kind() == DemoAction.Kind.CREATE_ISSUE).count();
        assertThat(requests).isGreaterThan(history.issueCount() * 3L / 4);
    }

    @Test
    void sameNowAndSeedSameHistory() {
        Instant now = OffsetDateTime.parse("2026-11-27T16:42:00+03:00").toInstant();

        assertThat(DemoHistory.generate(now, 9, MOSCOW)).isEqualTo(DemoHistory.generate(now, 9, MOSCOW));
        assertThat(DemoHistory.generate(now, 9, MOSCOW).actions())
                .isNotEqualTo(DemoHistory.generate(now, 10, MOSCOW).actions());
        assertThat(DemoHistory.generate(now, 9).clients()).isEqualTo(DemoClients.generate(9));
    }
}
