package io.backstop.core.complaint.suspect;

import io.backstop.core.complaint.Actor;
import io.backstop.core.complaint.Decision;
import io.backstop.core.complaint.Rank;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;

/**
 * Who may dismiss a suspected complaint. A dismissal hushes what may be a complaint, so it follows the complaints'
 * own rule (complaints that cannot be hushed): never the person the complaint would be about, and one about the head
 * only by the director. Confirming hushes nothing: whoever may triage suspicions confirms any of them.
 */
public final class SuspicionRules {

    private SuspicionRules() {
    }

    /**
     * @param about     who the complaint would be about (the owner when the client wrote)
     * @param aboutRank that person's rank
     */
    public static Decision dismiss(Actor actor, String about, Rank aboutRank) {
        Check.notNull(actor, "actor");
        Check.notBlank(about, "about");
        Check.notNull(aboutRank, "aboutRank");
        if (actor.name().equals(about)) {
            return new Decision(false, Problem.of("error.suspected.aboutThemselves", about));
        }
        if (aboutRank == Rank.HEAD && actor.rank() != Rank.DIRECTOR) {
            return new Decision(false, Problem.of("error.suspected.headIsDirectors"));
        }
        return new Decision(true, Problem.of("error.suspected.allowTriage"));
    }
}
