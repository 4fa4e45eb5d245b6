package io.backstop.core.whatif;

import io.backstop.core.replay.Replay;
import io.backstop.core.replay.Scenario;
import io.backstop.core.validation.Check;
import java.util.OptionalLong;

/**
 * Replays a recorded period twice, as it was and with one change, through the same rules, and decides again who
 * answers each client and when under the changed staffing (see {@code docs/whatif.md}):
 * <ul>
 *   <li>Each person's pace is measured from the period: the median of their reply delays in working time, as the
 *   issue's holder (from the client's message) and otherwise from the operator's queue ({@link Pace}).</li>
 *   <li>For each client message that a staff reply answered, the reply comes from whoever answers first under the
 *   change: the recorded replier if they still stand where they answered from (after the time they took); a new
 *   holder (another owner, a cover) at their pace; the operator's line if it changed (another operator, another
 *   queue threshold) once the message is in the queue, at their pace. Never before the issue's previous event; the
 *   issue's later events move with the reply ({@link Redecide}).</li>
 *   <li>A new person (extra manager, stand-in) answers at the median pace of the department's holders and is away
 *   on whole working days at the department's unplanned absence rate, drawn from the change's seed
 *   ({@link UnplannedAbsence}).</li>
 * </ul>
 * With no change every reply keeps its author and instant, so the changed replay is the recorded one.
 */
public final class WhatIf {

    private WhatIf() {
    }

    /** With a new person away at the rate of the period's own unplanned absences. */
    public static Comparison compare(Scenario actual, Change change) {
        Check.notNull(actual, "scenario");
        return compare(actual, change, UnplannedAbsence.rate(actual.calendar(), actual.people(), actual.absences(),
                actual.start(), actual.until()));
    }

    /** @param unplannedRate the share of working time the department loses to unplanned absences, 0 to 1 */
    public static Comparison compare(Scenario actual, Change change, double unplannedRate) {
        Check.notNull(actual, "scenario");
        Check.notNull(change, "change");
        Check.between(unplannedRate, 0, 1, "unplannedRate");
        Outcome before = Outcome.of(Replay.run(actual));
        Changed changed = apply(actual, change, unplannedRate);
        return new Comparison(change, before, Outcome.of(Replay.run(changed.scenario())), changed.movedIssues(),
                changed.assumptions());
    }

    /** The scenario with the change made and its replies decided again, how many issues changed hands, and why. */
    public record Changed(Scenario scenario, int movedIssues, Assumptions assumptions) {
    }

    public static Changed apply(Scenario s, Change change, double unplannedRate) {
        Check.notNull(s, "scenario");
        Check.notNull(change, "change");
        Staffing staffing = Staffing.of(s, change, unplannedRate);
        Pace pace = Pace.of(s);
        Redecide redecided = Redecide.of(s, pace, staffing);
        Scenario next = new Scenario(s.start(), s.until(), s.tick(), s.calendar(), staffing.policy(),
                staffing.people(), staffing.absences(), redecided.events());
        OptionalLong seed = change instanceof Change.ExtraManager m ? OptionalLong.of(m.seed())
                : change instanceof Change.StandIn in ? OptionalLong.of(in.seed()) : OptionalLong.empty();
        Assumptions assumptions = new Assumptions(pace.asHolder(), pace.fromQueue(), pace.manager(), unplannedRate,
                seed, staffing.newPerson(), staffing.newAbsences(), redecided.redecided(), redecided.pastEnd());
        return new Changed(next, staffing.owners().size(), assumptions);
    }
}
