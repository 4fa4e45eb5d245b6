package io.backstop.core.replay;

import io.backstop.core.replay.RandomScenarios.Generated;
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

/**
 * An absence boundary visits only the clocks {@link Holders} files (awaiting clocks of absent assignees, open
 * clocks held away from their owner). The case that shortcut could get wrong is rare in {@link RandomScenarios}:
 * an awaiting issue whose assignee is away and that nobody could take, moved later by someone else's absence start
 * once a person in its chain is back (rule 5 checks every awaiting issue at every absence start). Here the random
 * scenarios get the whole department away for a stretch, people coming back one by one and short absences starting
 * after that, and the replay must still agree with the naive engine, which looks at every clock
 * ({@link RandomScenariosCoverageTest} checks that these scenarios reach the case often).
 */
class ReplayBoundaryPropertyTest {

    @Property(tries = 300)
    void agreesWithTheNaiveEngineWhenTheWholeDepartmentIsAway(@ForAll long seed) {
        ReplayPropertyTest.assertAgreement(withDepartmentAway(seed));
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

    private static Instant slot(Scenario s, int n) {
        return s.start().plus(Duration.ofMinutes(15L * n));
    }

    private static AbsenceKind kind(Random r) {
        return r.nextBoolean() ? AbsenceKind.BUSY : AbsenceKind.VACATION;
    }
}
