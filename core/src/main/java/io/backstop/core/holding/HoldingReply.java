package io.backstop.core.holding;

import io.backstop.core.calendar.WorkCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides from a staff reply's text whether it is a holding reply, and its promise ("Holding replies in the hosts"
 * in {@code docs/sla-semantics.md}: the last of the host's three ways, after a moved due date and the explicit mark).
 *
 * <p>A reply is holding iff, trimmed, it is shorter than the limit, the manager's own words (quotes cut out) contain
 * one of the department's phrases not right after "не"/"not", and those words ask the client nothing. A question
 * back ("Получили. Какой у вас логин?") leaves the next move to the client, whose silence must not break a promise.
 * Length is counted in characters as a person sees them (an emoji is one).
 */
public final class HoldingReply {

    private final HoldingPhrases phrases;

    public HoldingReply(HoldingPhrases phrases) {
        this.phrases = Objects.requireNonNull(phrases, "phrases");
    }

    /**
     * The promise a reply makes by naming {@code day} (or by setting the due date to it): the end of that
     * day's working time, or of the next working day's when it has none; empty with no working day within a year.
     */
    public static Optional<Instant> promiseFor(LocalDate day, WorkCalendar calendar) {
        return PromiseReader.endOfWorkingDay(day, calendar);
    }

    public HoldingPhrases phrases() {
        return phrases;
    }

    /**
     * The holding reply in {@code text}, written at {@code repliedAt}; empty when the text answers (or is null). The
     * promise's days are read in {@code calendar}'s zone, relative to the reply's day (see {@link PromiseReader}).
     */
    public Optional<Holding> detect(String text, Instant repliedAt, WorkCalendar calendar) {
        return detect(text, repliedAt, calendar, () -> null);
    }

    /**
     * As {@link #detect(String, Instant, WorkCalendar)}, and a reply that only acknowledges ("Ок", "Спасибо!") is
     * holding too unless {@code clientWords} (what the client wrote since staff last replied; null when unknown)
     * needed nothing more. The client's words are read only for such a reply.
     */
    public Optional<Holding> detect(String text, Instant repliedAt, WorkCalendar calendar,
                                    Supplier<String> clientWords) {
        Objects.requireNonNull(repliedAt, "repliedAt");
        Objects.requireNonNull(calendar, "calendar");
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) >= phrases.limit()) {
            return Optional.empty(); // a long reply answers, whatever it says; and it is not read through
        }
        String own = OwnWords.of(trimmed);
        if (OwnWords.asksBack(own)) {
            return Optional.empty();
        }
        Optional<Holding> phrased = phrases.foundIn(own)
                .map(phrase -> new Holding(phrase, PromiseReader.read(own, repliedAt, calendar)));
        if (phrased.isPresent() || !Acknowledgement.isBare(own)) {
            return phrased;
        }
        String client = clientWords.get();
        return client == null || Acknowledgement.needsNothing(client) ? Optional.empty()
                : Optional.of(new Holding(trimmed, Optional.empty()));
    }
}
