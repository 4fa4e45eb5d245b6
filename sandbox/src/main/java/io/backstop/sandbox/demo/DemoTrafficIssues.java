package io.backstop.sandbox.demo;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The issues the traffic generator knows: the open ones in creation order, every key it has seen opened, and the
 * number of the next new issue ({@code WEB-n}).
 */
final class DemoTrafficIssues {

    private final Map<String, DemoTrafficIssue> open = new LinkedHashMap<>();
    /** Every issue ever opened here, so that a creation seen again does not reopen a resolved issue. */
    private final Set<String> known = new HashSet<>();
    /** Issues numbered below this were there before the generator started; it knows only the open ones. */
    private final int firstNumber;
    private int nextNumber;

    DemoTrafficIssues(int firstNumber) {
        this.firstNumber = firstNumber;
        this.nextNumber = firstNumber;
    }

    /** The key of a new issue, taking its number. */
    String takeKey() {
        return DemoDepartment.issueKey(nextNumber++);
    }

    int nextNumber() {
        return nextNumber;
    }

    void add(DemoTrafficIssue issue) {
        open.put(issue.key, issue);
        known.add(issue.key);
    }

    /**
     * Whether an issue opened elsewhere is new here (not from before the generator started, not seen before); if
     * it is, new issues are numbered past it.
     */
    boolean isNewCreation(String key) {
        int number = numberOf(key);
        if ((number > 0 && number < firstNumber) || !known.add(key)) {
            return false;
        }
        if (number >= nextNumber) {
            nextNumber = number + 1;
        }
        return true;
    }

    /** The open issue with this key; null when it is resolved or unknown. */
    DemoTrafficIssue get(String key) {
        return open.get(key);
    }

    void resolved(String key) {
        open.remove(key);
    }

    /** The open issues where staff answered last, in creation order. */
    List<DemoTrafficIssue> answered() {
        return open.values().stream().filter(issue -> !issue.awaiting()).toList();
    }

    List<DemoIssue> snapshots() {
        return open.values().stream().map(DemoTrafficIssue::snapshot).toList();
    }

    /** n of {@code WEB-n}; 0 for a key of another form. */
    private static int numberOf(String key) {
        String prefix = DemoDepartment.PROJECT + "-";
        if (key.startsWith(prefix)) {
            try {
                return Math.max(0, Integer.parseInt(key.substring(prefix.length())));
            } catch (NumberFormatException e) {
                return 0;
            }
        }
        return 0;
    }
}
