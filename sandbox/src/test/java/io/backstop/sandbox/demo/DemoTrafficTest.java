package io.backstop.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.replay.Replay;
import io.backstop.core.replay.ReplayResult;
import io.backstop.core.replay.Scenario;
import io.backstop.core.staff.Presence;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoTrafficTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final WorkCalendar CALENDAR = DemoDepartment.calendar(MOSCOW);
    private static final Instant NOW = OffsetDateTime.parse("2026-11-27T16:42:00+03:00").toInstant();

    @Test
    void sameRandomSameTraffic() {
        Instant from = at("2026-10-05T08:00");
        Instant to = from.plus(Duration.ofDays(7));

        List<DemoAction> first = fresh(3).next(from, to);
        List<DemoAction> second = fresh(3).next(from, to);

        assertThat(first).isNotEmpty().isEqualTo(second);
        assertThat(fresh(4).next(from, to)).isNotEqualTo(first);
    }

    @Test
    void howTheTimeIsCutDoesNotMatter() {
        Instant from = at("2026-10-05T08:00");
        Instant to = from.plus(Duration.ofDays(5));
        List<DemoAction> whole = fresh(5).next(from, to);

        DemoTraffic traffic = fresh(5);
        List<DemoAction> pieces = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofMinutes(7))) {
            Instant end = t.plus(Duration.ofMinutes(7)).isAfter(to) ? to : t.plus(Duration.ofMinutes(7));
            List<DemoAction> window = traffic.next(t, end);
            Instant start = t;
            assertThat(window).allSatisfy(a -> assertThat(a.at()).isAfterOrEqualTo(start).isBefore(end));
            pieces.addAll(window);
        }

        assertThat(pieces).isEqualTo(whole);
        assertThat(traffic.cursor()).isEqualTo(to);
    }

    @Test
    void aboutFourNewIssuesPerWorkingHourAndStaffKeepUp() {
        Instant from = at("2026-10-05T00:00");
        Instant to = at("2026-10-31T00:00"); // four weeks without holidays
        DemoTraffic traffic = fresh(6);
        List<DemoAction> actions = traffic.next(from, to);

        DemoChecks.checkStream(actions, 1, Map.of());
        DemoChecks.checkStaffWorkInWorkingTime(actions, CALENDAR);
        double workingHours = CALENDAR.working(from, to).toMinutes() / 60.0;
        long created = actions.stream().filter(a -> a.kind() == DemoAction.Kind.CREATE_ISSUE).count();
        assertThat(created / workingHours).isBetween(3.4, 4.8);
        assertThat(actions).filteredOn(a -> a.kind() == DemoAction.Kind.STAFF_COMMENT).hasSizeGreaterThan((int) created);
        assertThat(actions).filteredOn(a -> a.kind() == DemoAction.Kind.RESOLVE).hasSizeGreaterThan((int) (created * 0.8));
        // Nothing outside working hours but a rare client message.
        List<DemoAction> offHours = actions.stream().filter(a -> !CALENDAR.isWorking(a.at())
                && !CALENDAR.isWorking(a.at().minusSeconds(1))).toList();
        assertThat(offHours).isNotEmpty().allMatch(DemoAction::byClient);
        assertThat(offHours.size()).isLessThan(actions.size() / 50);
        // The engine keeps up: at the end only the last day's issues are open.
        assertThat(traffic.openIssues().size()).isLessThan(80);
        assertThat(traffic.nextIssueNumber()).isEqualTo(created + 1);
    }

    @Test
    void trafficGoesOnFromTheHistoryAndKeepsTheQueueMoving() {
        DemoHistory history = DemoHistory.generate(NOW, 1, MOSCOW);
        DemoTraffic traffic = history.traffic(new Random(1));
        Instant until = CALENDAR.addWorking(NOW, Duration.ofHours(16)); // two working days: 32 sandbox minutes at 60x

        List<DemoAction> live = traffic.next(NOW, until);

        assertThat(live).isNotEmpty().allSatisfy(a -> assertThat(a.at()).isAfterOrEqualTo(NOW).isBefore(until));
        DemoChecks.checkStream(live, history.nextIssueNumber(), DemoChecks.openOf(history.openIssues()));
        DemoChecks.checkStaffWorkInWorkingTime(live, CALENDAR);
        // Whatever waited at the start gets an answer.
        Set<String> awaitingAtStart = history.openIssues().stream().filter(DemoIssue::awaiting)
                .map(DemoIssue::issue).collect(Collectors.toSet());
        Set<String> answered = live.stream().filter(a -> a.kind() == DemoAction.Kind.STAFF_COMMENT)
                .map(DemoAction::issue).collect(Collectors.toSet());
        assertThat(answered).containsAll(awaitingAtStart);
        // Nobody answers while away: the sick manager writes nothing today.
        DemoAbsence sick = history.absences().stream().filter(a -> a.covers(NOW)).findFirst().orElseThrow();
        assertThat(live).filteredOn(a -> sick.covers(a.at())).noneMatch(a -> a.author().equals(sick.person()));

        List<DemoAction> all = new ArrayList<>(history.actions());
        all.addAll(live);
        ReplayResult result = Replay.run(new Scenario(history.start(), until, DemoDepartment.TICK,
                CALENDAR, DemoDepartment.policy(), DemoDepartment.people(),
                history.absences().stream().map(DemoAbsence::toAbsence).toList(),
                all.stream().map(DemoAction::toScenarioEvent).toList()));
        assertThat(result.breaches()).filteredOn(b -> b.detectedAt().isAfter(NOW)).as("new breaches").isNotEmpty();
        assertThat(result.replies()).filteredOn(r -> r.repliedAt().isAfter(NOW) && r.onTime()).hasSizeGreaterThan(20);
        assertThat(result.queue()).isNotEmpty();
    }

    @Test
    void anAnswerGivenInTheSandboxIsNotGivenAgain() {
        Instant from = at("2026-10-05T09:00");
        DemoTraffic traffic = fresh(8);
        List<DemoAction> first = traffic.next(from, from.plus(Duration.ofMinutes(60)));
        DemoAction created = first.stream().filter(a -> a.kind() == DemoAction.Kind.CREATE_ISSUE).findFirst()
                .orElseThrow();
        Instant answeredAt = from.plus(Duration.ofMinutes(60));
        traffic.observe(new DemoAction(answeredAt, DemoAction.Kind.STAFF_COMMENT, created.issue(), "operator",
                created.owner(), created.client(), created.issueType(), created.priority(), created.summary(),
                "Done, please check."));
        boolean answeredBefore = first.stream()
                .anyMatch(a -> a.issue().equals(created.issue()) && a.kind() == DemoAction.Kind.STAFF_COMMENT);

        List<DemoAction> later = traffic.next(answeredAt, answeredAt.plus(Duration.ofDays(7)));

        List<DemoAction> onIssue = later.stream().filter(a -> a.issue().equals(created.issue())).toList();
        if (!answeredBefore && !onIssue.isEmpty()) {
            assertThat(onIssue.get(0).kind()).isIn(DemoAction.Kind.CLIENT_COMMENT, DemoAction.Kind.RESOLVE);
        }
        assertThat(onIssue).as("answered, then followed up or resolved")
                .anyMatch(a -> a.kind() == DemoAction.Kind.RESOLVE);
    }

    @Test
    void issuesResolvedOrCreatedInTheSandboxAreTakenIntoAccount() {
        Instant from = at("2026-10-05T09:00");
        DemoTraffic traffic = fresh(9);
        List<DemoAction> first = traffic.next(from, from.plus(Duration.ofMinutes(30)));
        DemoAction created = first.stream().filter(a -> a.kind() == DemoAction.Kind.CREATE_ISSUE).findFirst()
                .orElseThrow();
        Instant t = from.plus(Duration.ofMinutes(30));
        traffic.observe(new DemoAction(t, DemoAction.Kind.RESOLVE, created.issue(), "head", created.owner(),
                created.client(), created.issueType(), created.priority(), created.summary(), null));
        traffic.observe(new DemoAction(t, DemoAction.Kind.CREATE_ISSUE, "WEB-500", "client", "petrova", "Romashka LLC",
                "Client request", "Medium", "Please call me back", "Please call me back about the new site."));
        first.forEach(traffic::observe); // its own actions change nothing

        List<DemoAction> later = traffic.next(t, t.plus(Duration.ofDays(3)));

        assertThat(later).noneMatch(a -> a.issue().equals(created.issue()));
        assertThat(later).anyMatch(a -> a.issue().equals("WEB-500") && a.kind() == DemoAction.Kind.STAFF_COMMENT);
        assertThat(later).filteredOn(a -> a.kind() == DemoAction.Kind.CREATE_ISSUE).first()
                .extracting(DemoAction::issue).isEqualTo("WEB-501");
        assertThat(traffic.openIssues()).extracting(DemoIssue::issue).doesNotContain(created.issue());
    }

    @Test
    void resumedTrafficIgnoresIssuesClosedBeforeIt() {
        DemoHistory history = DemoHistory.generate(NOW, 2, MOSCOW);
        DemoTraffic traffic = history.traffic(new Random(2));
        history.actions().forEach(traffic::observe);

        List<DemoAction> live = traffic.next(NOW, CALENDAR.addWorking(NOW, Duration.ofHours(8)));

        DemoChecks.checkStream(live, history.nextIssueNumber(), DemoChecks.openOf(history.openIssues()));
        assertThat(traffic.nextIssueNumber()).isGreaterThan(history.nextIssueNumber());
    }

    @Test
    void aGapIsSkippedAndAnOverlapIsNotRepeated() {
        DemoTraffic traffic = fresh(10);
        Instant from = at("2026-10-05T09:00");
        List<DemoAction> first = traffic.next(from, from.plus(Duration.ofHours(2)));
        Instant gapEnd = from.plus(Duration.ofHours(26));

        List<DemoAction> overlap = traffic.next(from, from.plus(Duration.ofHours(3)));
        List<DemoAction> afterGap = traffic.next(gapEnd, gapEnd.plus(Duration.ofHours(4)));

        assertThat(overlap).allSatisfy(a -> assertThat(a.at()).isAfterOrEqualTo(from.plus(Duration.ofHours(2))));
        assertThat(afterGap).isNotEmpty().allSatisfy(a -> assertThat(a.at()).isAfterOrEqualTo(gapEnd));
        List<DemoAction> all = new ArrayList<>(first);
        all.addAll(overlap);
        all.addAll(afterGap);
        DemoChecks.checkStream(all, 1, Map.of());
        assertThatThrownBy(() -> traffic.next(gapEnd, from)).isInstanceOf(IllegalArgumentException.class);
    }

    private static DemoTraffic fresh(long seed) {
        return DemoTraffic.start(DemoClients.generate(seed), MOSCOW, Presence.everyoneIn(), new Random(seed),
                at("2026-10-05T00:00"));
    }

    private static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }
}
