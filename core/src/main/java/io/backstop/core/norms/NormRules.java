package io.backstop.core.norms;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.LocalDate;

/**
 * How replies and other work earn norm-hours without anyone typing them in (issue 17): a reply by its kind and
 * size, and the fixed catalogue operations that offers, dunning calls, library entries and closed complaints earn.
 * The minutes are the catalogue's; these are only the size bands. An operation the catalogue lacks earns nothing.
 *
 * @param shortReplyChars a reply shorter than this (trimmed) is a one-line reply ("ok", "thanks", "Принято"): it
 *                        earns {@value #SHORT_REPLY}, never more than a holding reply; 20 by default, so a short
 *                        real answer ("Done, the banner is updated.") still earns the full norm
 * @param longLetterChars a reply of at least this many characters is a long letter: {@value #LONG_LETTER} once per
 *                        full band of this size
 * @param maxLongLetters  at most this many long letters for one reply, however long it is
 */
public record NormRules(int shortReplyChars, int longLetterChars, int maxLongLetters) {

    /** A holding reply ("we got it, we will answer by Thursday", issue 15): a short norm. */
    public static final String HOLDING_REPLY = "holding-reply";
    /** A one-line reply that neither holds nor answers. */
    public static final String SHORT_REPLY = "short-reply";
    /** A long letter, per band of {@code longLetterChars}. */
    public static final String LONG_LETTER = "long-letter";
    /** An offer recorded and answered by the client (accepted or declined). */
    public static final String OFFER = "upsell-offer";
    /** A dunning call (the ladder's CALL step) taken. */
    public static final String DUNNING_CALL = "debt-call";
    /** An entry added to the answer library (not one merged into another). */
    public static final String LIBRARY_ENTRY = "answer-library-entry";
    /** A complaint closed. */
    public static final String COMPLAINT = "complaint-handling";

    public static final NormRules DEFAULT = new NormRules(20, 1500, 4);

    public NormRules {
        Check.positive(shortReplyChars, "shortReplyChars");
        Check.positive(longLetterChars, "longLetterChars");
        Check.positive(maxLongLetters, "maxLongLetters");
        if (longLetterChars <= shortReplyChars) {
            throw Check.invalid("longLetterChars", Problem.of("error.norms.moreShortreplychars",
                    shortReplyChars, longLetterChars));
        }
    }

    /**
     * Operations only ever credited automatically, from the record of the work itself: recording them by hand as
     * well would count them twice, so the manual form refuses them.
     */
    public static boolean automaticOnly(String code) {
        return OFFER.equals(code) || DUNNING_CALL.equals(code) || LIBRARY_ENTRY.equals(code)
                || COMPLAINT.equals(code) || HOLDING_REPLY.equals(code) || SHORT_REPLY.equals(code);
    }

    /**
     * What a staff reply that ended a wait earns: a holding reply {@value #HOLDING_REPLY}; a reply shorter than
     * {@code shortReplyChars} {@value #SHORT_REPLY}; from {@code longLetterChars} on, {@value #LONG_LETTER} once per
     * full band (at most {@code maxLongLetters}); otherwise {@code answer}, the operation the type earns.
     * A reply whose text the host does not know ({@code text} null) is taken as an answer.
     */
    public Done reply(String person, LocalDate day, boolean holding, String text, String answer) {
        if (holding) {
            return new Done(person, day, HOLDING_REPLY);
        }
        if (text == null) {
            return new Done(person, day, answer);
        }
        int size = text.strip().length();
        if (size < shortReplyChars) {
            return new Done(person, day, SHORT_REPLY);
        }
        if (size >= longLetterChars) {
            return new Done(person, day, LONG_LETTER, Math.min(maxLongLetters, size / longLetterChars));
        }
        return new Done(person, day, answer);
    }
}
