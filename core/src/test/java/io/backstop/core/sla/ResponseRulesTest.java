package io.backstop.core.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.calendar.DailyInterval;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Presence;
import io.backstop.core.staff.Role;
import io.backstop.core.staff.Staff;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** ResponseRules one clock at a time, with presence given as a plain function. */
class ResponseRulesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static Instant at(String hhmm) {
        return ZonedDateTime.of(MONDAY, LocalTime.parse(hhmm), MOSCOW).toInstant();
    }

    private static WorkCalendar calendar() {
        Map<DayOfWeek, List<DailyInterval>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                week.put(day, List.of(DailyInterval.parse("09:00-18:00")));
            }
        }
        return new WorkCalendar(MOSCOW, week, List.of());
    }

    private static final Staff STAFF = new Staff(List.of(
            new Person("head", Role.HEAD),
            new Person("operator", Role.OPERATOR, List.of("head")),
            new Person("ivanova", Role.MANAGER, List.of("petrova")),
            new Person("petrova", Role.MANAGER)));

    private final ResponseRules rules = new ResponseRules(calendar(),
            new ResponsePolicy(new Goal(Duration.ofMinutes(30), Duration.ofHours(1)), true, List.of()), STAFF);

    private final ResponseRules noReturn = new ResponseRules(calendar(),
            new ResponsePolicy(new Goal(Duration.ofMinutes(30), Duration.ofHours(1)), false, List.of()), STAFF);

    private static Presence absent(String... names) {
        Set<String> away = Set.of(names);
        return (person, at) -> away.contains(person);
    }

    private ResponseClock created() {
        return rules.created("WEB-1", null, null, "ivanova", at("10:00"), Presence.everyoneIn()).clock();
    }

    @Test
    void aReopenedIssueIsOpenAndWaitsForTheNextClientMessage() {
        ResponseClock resolved = rules.resolved(created(), at("10:30")).clock();
        ResponseClock reopened = rules.reopened(resolved).clock();

        assertThat(reopened.open()).isTrue();
        assertThat(reopened.isAwaiting()).isFalse();
        assertThat(rules.reopened(reopened).clock()).isEqualTo(reopened);
        assertThat(rules.clientMessage(reopened, at("12:00"), Presence.everyoneIn()).clock().awaitingSince())
                .isEqualTo(at("12:00"));
    }

    @Test
    void createdAwaitsWithQueueTimeAndDue() {
        ClockStep step = rules.created("WEB-1", "Request", "High", "ivanova", at("10:00"), Presence.everyoneIn());
        assertThat(step.clock()).isEqualTo(new ResponseClock("WEB-1", "Request", "High", "ivanova", "ivanova", true,
                at("10:00"), at("10:30"), at("11:00"), false));
        assertThat(step.reassignment()).isEmpty();
        assertThat(step.breach()).isEmpty();
        assertThat(step.reply()).isEmpty();
    }

    @Test
    void createdWhileOwnerAbsentIsCovered() {
        ClockStep step = rules.created("WEB-1", null, null, "ivanova", at("10:00"), absent("ivanova"));
        assertThat(step.clock().assignee()).isEqualTo("petrova");
        assertThat(step.reassignment()).contains(
                new Reassignment(at("10:00"), "WEB-1", "ivanova", "petrova", ReassignReason.ABSENCE));
    }

    @Test
    void aSecondClientMessageKeepsTheClock() {
        ResponseClock clock = created();
        assertThat(rules.clientMessage(clock, at("10:40"), Presence.everyoneIn()).clock()).isEqualTo(clock);
    }

    @Test
    void aReplyEndsTheCycleWithWorkingTimeAndOnTime() {
        ClockStep step = rules.staffReply(created(), at("11:00"), "petrova", Presence.everyoneIn());
        assertThat(step.reply()).contains(
                new Reply("WEB-1", at("10:00"), at("11:00"), "petrova", Duration.ofHours(1), true));
        assertThat(step.clock().isAwaiting()).isFalse();
        assertThat(step.reassignment()).isEmpty();
    }

    @Test
    void aReplyWhileNotAwaitingIsNotARecordedReply() {
        ResponseClock answered = rules.staffReply(created(), at("10:10"), "ivanova", Presence.everyoneIn()).clock();
        ClockStep again = rules.staffReply(answered, at("10:20"), "ivanova", Presence.everyoneIn());
        assertThat(again.reply()).isEmpty();
        assertThat(again.clock()).isEqualTo(answered);
    }

    /**
     * Rule 3 reads "If returnToOwner and the assignee is not the owner and the owner is present, the issue goes
     * back to the owner" without asking whether the reply ended a cycle. (In a replay this state cannot be
     * reached, because the owner's absence end returns the issue first.)
     */
    @Test
    void aReplyReturnsTheIssueEvenWhenItDidNotEndACycle() {
        ResponseClock held = created().assignedTo("operator");
        ResponseClock answered = rules.staffReply(held, at("10:10"), "operator", absent("ivanova")).clock();
        assertThat(answered.assignee()).isEqualTo("operator");
        ClockStep again = rules.staffReply(answered, at("10:20"), "operator", Presence.everyoneIn());
        assertThat(again.reply()).isEmpty();
        assertThat(again.reassignment()).contains(
                new Reassignment(at("10:20"), "WEB-1", "operator", "ivanova", ReassignReason.RETURN));
        assertThat(noReturn.staffReply(answered, at("10:20"), "operator", Presence.everyoneIn()).reassignment())
                .isEmpty();
    }

    @Test
    void aClosedClockIgnoresEverything() {
        ResponseClock closed = rules.resolved(created().assignedTo("petrova"), at("10:30")).clock();
        assertThat(closed.open()).isFalse();
        assertThat(closed.isAwaiting()).isFalse();
        Presence nobody = absent("head", "operator", "ivanova", "petrova");
        assertThat(rules.clientMessage(closed, at("11:00"), Presence.everyoneIn()).changed(closed)).isFalse();
        assertThat(rules.staffReply(closed, at("11:00"), "ivanova", Presence.everyoneIn()).changed(closed)).isFalse();
        assertThat(rules.tick(closed, at("12:00"), Presence.everyoneIn()).breach()).isEmpty();
        assertThat(rules.absenceStarted(closed, at("12:00"), nobody).reassignment()).isEmpty();
        assertThat(rules.absenceEnded(closed, "ivanova", at("12:00"), Presence.everyoneIn()).reassignment()).isEmpty();
        assertThat(rules.resolved(closed, at("12:00")).clock()).isEqualTo(closed);
        assertThat(rules.clientMessage(closed, at("11:00"), Presence.everyoneIn()).reassignment()).isEmpty();
    }

    @Test
    void aTickBreachesOnlyAtOrAfterDueAndOnlyOnce() {
        ResponseClock clock = created();
        assertThat(rules.tick(clock, at("10:59"), Presence.everyoneIn()).breach()).isEmpty();
        ClockStep breach = rules.tick(clock, at("11:00"), Presence.everyoneIn());
        assertThat(breach.breach()).contains(new Breach("WEB-1", at("10:00"), at("11:00"), at("11:00"), "ivanova"));
        assertThat(breach.reassignment()).contains(
                new Reassignment(at("11:00"), "WEB-1", "ivanova", "operator", ReassignReason.BREACH));
        assertThat(rules.tick(breach.clock(), at("11:05"), Presence.everyoneIn()).breach()).isEmpty();
    }

    @Test
    void aBreachWithNobodyPresentIsRecordedWithoutAMove() {
        ClockStep breach = rules.tick(created(), at("11:00"), absent("operator", "head"));
        assertThat(breach.breach()).isPresent();
        assertThat(breach.reassignment()).isEmpty();
        assertThat(breach.clock().assignee()).isEqualTo("ivanova");
        assertThat(breach.clock().breached()).isTrue();
    }

    @Test
    void theOperatorsDeputyTakesABreachWhenTheOperatorIsAway() {
        ClockStep breach = rules.tick(created(), at("11:00"), absent("operator"));
        assertThat(breach.reassignment().map(Reassignment::to)).contains("head");
    }

    @Test
    void absenceEndReturnsOnlyTheOwnersIssuesAndOnlyIfTheOwnerIsIn() {
        ResponseClock held = created().assignedTo("petrova");
        assertThat(rules.absenceEnded(held, "petrova", at("12:00"), Presence.everyoneIn()).reassignment()).isEmpty();
        assertThat(rules.absenceEnded(held, "ivanova", at("12:00"), absent("ivanova")).reassignment()).isEmpty();
        assertThat(noReturn.absenceEnded(held, "ivanova", at("12:00"), Presence.everyoneIn()).reassignment())
                .isEmpty();
        assertThat(rules.absenceEnded(held, "ivanova", at("12:00"), Presence.everyoneIn()).reassignment())
                .contains(new Reassignment(at("12:00"), "WEB-1", "petrova", "ivanova", ReassignReason.RETURN));
        ResponseClock home = created();
        assertThat(rules.absenceEnded(home, "ivanova", at("12:00"), Presence.everyoneIn()).reassignment()).isEmpty();
    }

    @Test
    void absenceStartMovesOnlyAwaitingIssuesOfAbsentHolders() {
        ResponseClock clock = created();
        assertThat(rules.absenceStarted(clock, at("12:00"), absent("petrova")).reassignment()).isEmpty();
        assertThat(rules.absenceStarted(clock, at("12:00"), absent("ivanova")).reassignment().map(Reassignment::to))
                .contains("petrova");
        ResponseClock answered = rules.staffReply(clock, at("10:10"), "ivanova", Presence.everyoneIn()).clock();
        assertThat(rules.absenceStarted(answered, at("12:00"), absent("ivanova")).reassignment()).isEmpty();
    }

    @Test
    void queueIsByDueThenKeyAndOnlyQueuedAwaitingOpenClocks() {
        ResponseClock a = new ResponseClock("WEB-2", null, null, "ivanova", "ivanova", true,
                at("10:00"), at("10:30"), at("11:00"), false);
        ResponseClock b = new ResponseClock("WEB-1", null, null, "ivanova", "ivanova", true,
                at("10:00"), at("10:30"), at("11:00"), true);
        ResponseClock c = new ResponseClock("ADM-1", null, null, "ivanova", "ivanova", true,
                at("09:00"), at("09:30"), at("10:00"), false);
        ResponseClock later = new ResponseClock("ADM-0", null, null, "ivanova", "ivanova", true,
                at("10:31"), at("11:01"), at("11:31"), false);
        ResponseClock closed = new ResponseClock("ADM-2", null, null, "ivanova", "ivanova", false,
                null, null, null, false);
        ResponseClock idle = ResponseClock.opened("ADM-3", null, null, "ivanova");
        assertThat(ResponseQueue.at(List.of(a, b, c, later, closed, idle), at("10:30")))
                .extracting(ResponseClock::issue).containsExactly("ADM-1", "WEB-1", "WEB-2");
    }
}
