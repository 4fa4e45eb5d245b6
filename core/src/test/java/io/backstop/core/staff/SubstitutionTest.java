package io.backstop.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The chains of rules 5 and 7 and the half-open absences behind "present". */
class SubstitutionTest {

    private static final Instant T = Instant.parse("2026-11-02T09:00:00Z");

    private static final Staff STAFF = new Staff(List.of(
            new Person("ivanova", Role.MANAGER, List.of("petrova", "sidorov")),
            new Person("head", Role.HEAD, List.of("ivanova")),
            new Person("head2", Role.HEAD),
            new Person("operator", Role.OPERATOR, List.of("kozlov", "smirnova")),
            new Person("petrova", Role.MANAGER),
            new Person("sidorov", Role.OFFICE_MANAGER),
            new Person("kozlov", Role.MANAGER),
            new Person("smirnova", Role.MANAGER)));

    private static Substitution awayAre(String... names) {
        Set<String> away = Set.of(names);
        return new Substitution(STAFF, (person, at) -> away.contains(person));
    }

    @Test
    void coverChainIsOwnerDeputiesOperatorOperatorsDeputiesFirstHead() {
        assertThat(STAFF.coverChain("ivanova"))
                .containsExactly("ivanova", "petrova", "sidorov", "operator", "kozlov", "smirnova", "head");
        assertThat(STAFF.coverChain("petrova")).containsExactly("petrova", "operator", "kozlov", "smirnova", "head");
    }

    @Test
    void breachChainIsOperatorOperatorsDeputiesFirstHead() {
        assertThat(STAFF.breachChain()).containsExactly("operator", "kozlov", "smirnova", "head");
        assertThat(STAFF.head().name()).isEqualTo("head");
        assertThat(STAFF.operator().name()).isEqualTo("operator");
    }

    @Test
    void coverForPicksTheFirstPresent() {
        assertThat(awayAre().coverFor("ivanova", "ivanova", T)).contains("ivanova");
        assertThat(awayAre("ivanova").coverFor("ivanova", "ivanova", T)).contains("petrova");
        assertThat(awayAre("ivanova", "petrova").coverFor("ivanova", "ivanova", T)).contains("sidorov");
        assertThat(awayAre("ivanova", "petrova", "sidorov").coverFor("ivanova", "ivanova", T)).contains("operator");
        assertThat(awayAre("ivanova", "petrova", "sidorov", "operator").coverFor("ivanova", "ivanova", T)).contains("kozlov");
        assertThat(awayAre("ivanova", "petrova", "sidorov", "operator", "kozlov").coverFor("ivanova", "ivanova", T))
                .contains("smirnova");
        assertThat(awayAre("ivanova", "petrova", "sidorov", "operator", "kozlov", "smirnova").coverFor("ivanova", "ivanova", T))
                .contains("head");
        assertThat(awayAre("ivanova", "petrova", "sidorov", "operator", "kozlov", "smirnova", "head")
                .coverFor("ivanova", "ivanova", T)).as("head2 is never in a chain").isEmpty();
    }

    @Test
    void handOverMovesOnlyFromAnAbsentAssigneeAndNeverToThemselves() {
        assertThat(awayAre().handOver("ivanova", "ivanova", T)).as("she is in: it stays").isEmpty();
        assertThat(awayAre("ivanova").handOver("ivanova", "ivanova", T)).contains("petrova");
        assertThat(awayAre("petrova").handOver("ivanova", "petrova", T)).as("back to the owner, who is in")
                .contains("ivanova");
        assertThat(awayAre("ivanova", "petrova", "sidorov", "operator", "kozlov", "smirnova", "head")
                .handOver("ivanova", "ivanova", T)).as("nobody there: it stays").isEmpty();
    }

    @Test
    void takeOverBreachPicksTheFirstPresent() {
        assertThat(awayAre().takeOverBreach("ivanova", T)).contains("operator");
        assertThat(awayAre("operator").takeOverBreach("ivanova", T)).contains("kozlov");
        assertThat(awayAre("operator", "kozlov").takeOverBreach("ivanova", T)).contains("smirnova");
        assertThat(awayAre("operator", "kozlov", "smirnova").takeOverBreach("ivanova", T)).contains("head");
        assertThat(awayAre("operator", "kozlov", "smirnova", "head").takeOverBreach("ivanova", T)).isEmpty();
    }

    @Test
    void absentIffOneAbsenceHasFromAtOrBeforeAndToAfter() {
        Absences absences = new Absences(List.of(
                new Absence("ivanova", T, T.plusSeconds(3600), AbsenceKind.VACATION),
                new Absence("ivanova", T.plusSeconds(3600), T.plusSeconds(7200), AbsenceKind.SICK),
                new Absence("petrova", T, T, AbsenceKind.TIME_OFF)));
        assertThat(absences.isAbsent("ivanova", T.minusNanos(1))).isFalse();
        assertThat(absences.isAbsent("ivanova", T)).isTrue();
        assertThat(absences.isAbsent("ivanova", T.plusSeconds(3600))).as("adjacent: absent again").isTrue();
        assertThat(absences.isAbsent("ivanova", T.plusSeconds(7200).minusNanos(1))).isTrue();
        assertThat(absences.isAbsent("ivanova", T.plusSeconds(7200))).isFalse();
        assertThat(absences.isAbsent("petrova", T)).as("an empty absence covers nothing").isFalse();
        assertThat(absences.isPresent("nobody-known", T)).isTrue();
    }

    @Test
    void staffNeedsExactlyOneOperatorAndAHead() {
        assertThatThrownBy(() -> new Staff(List.of(new Person("head", Role.HEAD))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Staff(List.of(new Person("op", Role.OPERATOR))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Staff(List.of(new Person("head", Role.HEAD), new Person("a", Role.OPERATOR),
                new Person("b", Role.OPERATOR)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Staff(List.of(new Person("head", Role.HEAD),
                new Person("op", Role.OPERATOR, List.of("ghost"))))).isInstanceOf(IllegalArgumentException.class);
    }
}
