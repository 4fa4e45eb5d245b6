package io.backstop.app.results.scorecard;

import java.time.YearMonth;
import java.util.List;

/**
 * One person's response figures in a period, each counted at the moment it happened within the period (docs/sla.md,
 * "For a department head"). What judges the person is what happened on their watch: a breach counts against whoever
 * held the issue when it breached (rule 10), never against whoever answered afterwards; a holding reply is judged
 * by its promise, kept or broken, not as an answer.
 *
 * @param replies       staff replies by them that ended an awaiting cycle (holding ones included): what they did
 * @param lateReplies   of those, after the goal: mostly issues that breached in someone else's hands; judge nobody
 * @param answersOnTime full answers (not holding replies) by them within the goal
 * @param lateAnswers   late answers by them to a cycle that never breached (answered before the watcher's next tick)
 * @param breaches      breaches of issues they held at that instant (rule 10)
 * @param promises      their promises (rule 11)
 * @param rescues       how fast breached issues handed to them were answered
 */
public record PersonSla(String person, int replies, int lateReplies, int answersOnTime, int lateAnswers,
                        int breaches, Promises promises, Rescues rescues) {

    /** Replies only, as a test or an old caller knows them: no breaches, promises or rescues. */
    public static PersonSla ofReplies(String person, int replies, int onTime) {
        return new PersonSla(person, replies, replies - onTime, onTime, 0, 0, Promises.NONE, Rescues.NONE);
    }

    /** What ended well on their watch: full answers on time and promises kept. */
    public int onTime() {
        return answersOnTime + promises.kept();
    }

    /** What ended badly on their watch: breaches they held, late answers no breach recorded, promises broken. */
    public int failures() {
        return breaches + lateAnswers + promises.broken();
    }

    /** Everything the on-time share counts. */
    public int counted() {
        return onTime() + failures();
    }

    /** {@code onTime / (onTime + failures)}; null when nothing was counted. */
    public Double onTimeShare() {
        return counted() == 0 ? null : (double) onTime() / counted();
    }

    /**
     * Promises by the person in the period. {@code made}: first promises to a client (a move is no new promise);
     * {@code kept}, {@code moved}, {@code broken}: their promises that closed so in the period, each move once;
     * {@code open}: promises they made in the period that are still open.
     */
    public record Promises(int made, int kept, int moved, int broken, int open) {

        public static final Promises NONE = new Promises(0, 0, 0, 0, 0);
    }

    /**
     * Breached issues handed to the person (a {@code BREACH} move to them in the period) and the working time from
     * the move to the reply that ended the breached cycle, by anyone. One not answered yet counts with the time it
     * has waited so far (until now, or until it was resolved without an answer), so leaving the hard ones does not
     * make the rest look fast. {@code medianSeconds} and {@code p90Seconds} are null without rescues.
     */
    public record Rescues(int count, int unanswered, Long medianSeconds, Long p90Seconds, List<Month> months) {

        public static final Rescues NONE = new Rescues(0, 0, null, null, List.of());

        public Rescues {
            months = List.copyOf(months);
        }
    }

    /** The rescues of one calendar month (of the move, in the department's zone). */
    public record Month(YearMonth month, int count, int unanswered, long medianSeconds, long p90Seconds) {
    }
}
