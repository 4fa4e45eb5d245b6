package io.backstop.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.calendar.WorkCalendar;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules every stream of demo actions keeps. */
final class DemoChecks {

    private DemoChecks() {
    }

    /**
     * Sorted by time; each issue created once before anything else happens on it and nothing after its resolution;
     * client actions by "client", staff actions by people of the department; the issue's attributes repeated on
     * every action; issues numbered in creation order from {@code firstNumber}.
     *
     * @return the issues left open, with whether a client message waits for an answer
     */
    static Map<String, Boolean> checkStream(List<DemoAction> actions, int firstNumber, Map<String, Boolean> openBefore) {
        Set<String> staff = new HashSet<>(DemoDepartment.logins());
        Map<String, Boolean> awaiting = new LinkedHashMap<>(openBefore);
        Map<String, DemoAction> created = new HashMap<>();
        Set<String> resolved = new HashSet<>();
        Instant previous = Instant.MIN;
        int expectedNumber = firstNumber;
        for (DemoAction action : actions) {
            assertThat(action.at()).as("sorted: %s", action).isAfterOrEqualTo(previous);
            previous = action.at();
            assertThat(resolved).as("nothing after resolution: %s", action).doesNotContain(action.issue());
            if (action.kind() == DemoAction.Kind.CREATE_ISSUE) {
                assertThat(awaiting).as("created once: %s", action).doesNotContainKey(action.issue());
                assertThat(action.issue()).isEqualTo(DemoDepartment.issueKey(expectedNumber++));
                assertThat(action.issueType()).isIn(DemoDepartment.ISSUE_TYPES);
                assertThat(action.priority()).isIn(DemoDepartment.PRIORITIES);
                assertThat(action.summary()).isNotBlank();
                assertThat(action.client()).isNotBlank();
                assertThat(action.owner()).isIn(DemoDepartment.MANAGERS);
                created.put(action.issue(), action);
            } else {
                assertThat(awaiting).as("created before use: %s", action).containsKey(action.issue());
                DemoAction creation = created.get(action.issue());
                if (creation != null) {
                    assertThat(action.owner()).isEqualTo(creation.owner());
                    assertThat(action.client()).isEqualTo(creation.client());
                    assertThat(action.issueType()).isEqualTo(creation.issueType());
                    assertThat(action.priority()).isEqualTo(creation.priority());
                    assertThat(action.summary()).isEqualTo(creation.summary());
                }
            }
            if (action.byClient()) {
                assertThat(action.author()).isEqualTo(DemoDepartment.CLIENT);
                assertThat(action.body()).isNotBlank();
            } else {
                assertThat(action.author()).as("staff: %s", action).isIn(staff);
            }
            switch (action.kind()) {
                case CREATE_ISSUE -> awaiting.put(action.issue(), true);
                case CLIENT_COMMENT -> awaiting.put(action.issue(), true);
                case STAFF_COMMENT -> {
                    assertThat(action.body()).isNotBlank();
                    awaiting.put(action.issue(), false);
                }
                case RESOLVE -> {
                    awaiting.remove(action.issue());
                    resolved.add(action.issue());
                }
            }
        }
        return awaiting;
    }

    /** Staff act only in working time (an action may fall on the very end of a working interval). */
    static void checkStaffWorkInWorkingTime(List<DemoAction> actions, WorkCalendar calendar) {
        for (DemoAction action : actions) {
            if (!action.byClient()) {
                assertThat(calendar.isWorking(action.at()) || calendar.isWorking(action.at().minusSeconds(1)))
                        .as("in working time: %s", action).isTrue();
            }
        }
    }

    static Map<String, Boolean> openOf(List<DemoIssue> issues) {
        Map<String, Boolean> open = new LinkedHashMap<>();
        issues.forEach(issue -> open.put(issue.issue(), issue.awaiting()));
        return open;
    }
}
