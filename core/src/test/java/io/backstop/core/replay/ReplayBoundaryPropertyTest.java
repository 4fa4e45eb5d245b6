package io.backstop.core.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.replay.RandomScenarios.Generated;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.Person;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * An absence boundary visits only the clocks {@link Holders} files (awaiting clocks of absent assignees, open
 * clocks held away from their owner). The case that shortcut could get wrong is rare in {@link RandomScenarios}:
 * an awaiting issue whose assignee is away and that nobody could take, moved later by someone else's absence start
 * once a person in its chain is back (rule 5 checks every awaiting issue at every absence start). Here the random
 * scenarios get the whole department away for a stretch, people coming back one by one and short absences starting
 * after that, and the replay must still agree with the naive engine, which looks at every clock.
 */
class ReplayBoundaryPropertyTest {

    private static final String CASE = "an absence start moves an issue whose holder was away already";

    @Property(tries = 300)
    void agreesWithTheNaiveEngineWhenTheWholeDepartmentIsAway(@ForAll long seed) {
        ReplayPropertyTest.assertAgreement(withDepartmentAway(seed));
    }

    @Test
    void theseScenariosReachTheCaseOften() {
        int seen = 0;
        for (long seed = 0; seed < 200; seed++) {
            Generated g = withDepartmentAway(seed);
            if (movesAnIssueOfSomeoneAwayAlready(g.scenario(), Replay.run(g.scenario()))) {
                seen++;
            }
        }
        System.out.println("'" + CASE + "' in " + seen + " of 200 seeds");
        assertThat(seen).as(CASE).isGreaterThanOrEqualTo(10);
    }

    /** Everyone away from one instant, back one by one; then short absences of random people, often BUSY. */
    static Generated withDepartmentAway(long seed) {
        Generated g = RandomScenarios.generate(seed);
        Scenario s = g.scenario();
        Random r = new Random(~seed);
        long slots = Duration.between(s.start(), s.until()).toMinutes() / 15;
        Instant away = slot(s, r.nextInt((int) slots / 2 + 1));
        List<Absence> absences = new ArrayList<>(s.absences());
        StringBuilder told = new StringBuilder("\n  then everyone away from " + away + ", back:");
        for (Person p : s.people()) {
            Instant back = away.plus(Duration.ofMinutes(15L * (1 + r.nextInt((int) slots / 2 + 1))));
            absences.add(new Absence(p.name(), away, back, kind(r)));
            told.append(' ').append(p.name()).append(' ').append(back);
        }
        told.append("; then:");
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
            String person = s.people().get(r.nextInt(s.people().size())).name();
            Instant from = slot(s, (int) (slots / 2 + r.nextInt((int) slots / 2 + 1)));
            Instant to = from.plus(Duration.ofMinutes(15L * (1 + r.nextInt(8))));
            absences.add(new Absence(person, from, to, kind(r)));
            told.append(' ').append(person).append(' ').append(from).append(" - ").append(to);
        }
        Scenario changed = new Scenario(s.start(), s.until(), s.tick(), s.calendar(), s.policy(), s.people(),
                absences, s.events());
        return new Generated(seed, changed, g.calendar(), g.description() + told);
    }

    /** An ABSENCE move at an absence start, by no event of the issue, from someone whose absence did not start then. */
    private static boolean movesAnIssueOfSomeoneAwayAlready(Scenario s, ReplayResult r) {
        for (Reassignment m : r.reassignments()) {
            boolean atAStart = s.absences().stream().anyMatch(a -> a.from().equals(m.at()));
            boolean holderLeftThen = s.absences().stream()
                    .anyMatch(a -> a.from().equals(m.at()) && a.person().equals(m.from()));
            boolean byAnEvent = s.events().stream()
                    .anyMatch(e -> e.at().equals(m.at()) && e.issue().equals(m.issue()));
            if (m.reason() == ReassignReason.ABSENCE && atAStart && !holderLeftThen && !byAnEvent) {
                return true;
            }
        }
        return false;
    }

    private static Instant slot(Scenario s, int n) {
        return s.start().plus(Duration.ofMinutes(15L * n));
    }

    private static AbsenceKind kind(Random r) {
        return r.nextBoolean() ? AbsenceKind.BUSY : AbsenceKind.VACATION;
    }
}
