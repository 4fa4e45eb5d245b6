package io.backstop.app.response;

import io.backstop.app.port.Tracker;
import io.backstop.app.port.TrackerComment;
import io.backstop.app.port.TrackerException;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.holding.Holding;
import io.backstop.core.sla.ResponseClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the issue panel's reply box shows before a staff reply is sent (issue 15): what the client wrote, and how
 * the reply would count, decided as the sent reply will be ({@link HoldingReplies}, by its text, the department's
 * phrases and calendar) so the person can turn the detection off or name the promise before it counts.
 */
public final class ReplyBox {

    /** As long as a comment gets; a longer text is refused before it is read. */
    public static final int MAX_TEXT = 32_000;

    /** The tracker's id of an issue's opening in its conversation (both hosts). */
    static final String OPENING = "opening";

    private final SettingsService settings;
    private final ClockStore clocks;
    private final Tracker tracker;
    private final Predicate<String> staff;
    private final HoldingReplies holding = new HoldingReplies();

    ReplyBox(SettingsService settings, ClockStore clocks, Tracker tracker, Predicate<String> staff) {
        this.settings = settings;
        this.clocks = clocks;
        this.tracker = tracker;
        this.staff = staff;
    }

    /**
     * How a reply with this text, sent at {@code at}, would count.
     *
     * @param holding        whether the text makes it a holding reply
     * @param phrase         the department's phrase it was recognised by; null when not holding
     * @param promise        the promise it would open (the date it names, else the goal's {@code answerWithin});
     *                       null when not holding
     * @param defaultPromise the promise a holding reply naming no date would open now (for marking it by hand);
     *                       null while the department is not configured
     */
    public record Preview(boolean holding, String phrase, Instant promise, Instant defaultPromise) {
    }

    /** What the client wrote: the issue's opening and their latest message after it (either may be absent). */
    public record ClientWords(Optional<TrackerComment> opening, Optional<TrackerComment> latest) {
    }

    /** Whether the tracker has the issue (a preview of a reply to nothing is refused like a forbidden one). */
    public boolean knows(String issue) {
        return tracker.describe(issue).isPresent();
    }

    public Preview preview(String issue, String text, Instant at) {
        DepartmentSettings current = settings.current();
        WorkCalendar calendar = current.calendar();
        Instant fallback = defaultPromise(current, issue, at);
        Optional<Holding> found = holding.detect(current, text, at, calendar, () -> clientWordsBefore(issue, at));
        if (found.isEmpty()) {
            return new Preview(false, null, null, fallback);
        }
        Instant named = found.get().promise().filter(promise -> promise.isAfter(at)).orElse(null);
        return new Preview(true, found.get().phrase(), named != null ? named : fallback, fallback);
    }

    /** The goal's {@code answerWithin} from {@code at}, with the issue's goal (the policy's for an issue unknown). */
    private Instant defaultPromise(DepartmentSettings current, String issue, Instant at) {
        Optional<ResponseClock> clock = clocks.find(issue).map(StoredClock::clock);
        return current.rules().map(rules -> rules.calendar().addWorking(at, rules.policy()
                .goalFor(clock.map(ResponseClock::issueType).orElse(null),
                        clock.map(ResponseClock::priority).orElse(null)).answerWithin())).orElse(null);
    }

    /**
     * What the client wrote up to {@code at} since staff last replied in the conversation (the opening included
     * while nobody has replied), one message a line; null when the tracker cannot say. A holding reply is decided
     * from it when the reply only acknowledges.
     */
    String clientWordsBefore(String issue, Instant at) {
        List<TrackerComment> conversation;
        try {
            conversation = tracker.conversation(issue);
        } catch (TrackerException unknown) {
            return null;
        }
        StringBuilder words = new StringBuilder();
        for (TrackerComment comment : conversation) {
            if (comment.at().isAfter(at)) {
                continue;
            }
            if (!OPENING.equals(comment.id()) && staff.test(comment.author())) {
                if (comment.at().isBefore(at)) {
                    words.setLength(0); // staff replied before: what came before was answered
                } // one at the same instant is the reply itself (or its twin): the client's words stand
            } else {
                words.append(comment.body()).append('\n');
            }
        }
        return words.toString();
    }

    /**
     * The issue's opening and the client's latest message after it, from the tracker's conversation.
     *
     * @throws io.backstop.app.port.TrackerException when the tracker has no such issue
     */
    public ClientWords clientWords(String issue) {
        List<TrackerComment> conversation = tracker.conversation(issue);
        Optional<TrackerComment> opening = conversation.stream().filter(c -> OPENING.equals(c.id())).findFirst();
        Optional<TrackerComment> latest = Optional.empty();
        for (TrackerComment comment : conversation) {
            if (!OPENING.equals(comment.id()) && !staff.test(comment.author()) && !comment.body().isBlank()) {
                latest = Optional.of(comment);
            }
        }
        return new ClientWords(opening, latest);
    }
}
