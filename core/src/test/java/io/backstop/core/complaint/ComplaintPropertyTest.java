package io.backstop.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever happened to a complaint before and whoever tries: the person it is about never acts on it, no staff
 * member unflags or closes one, only the director one about the head, every unflag and close carries its reason into
 * the director's log, and nothing is ever taken out of a complaint's history.
 */
class ComplaintPropertyTest {

    private static final Instant T = Instant.parse("2026-03-02T07:00:00Z");
    private static final List<String> PEOPLE = List.of("anna", "boris", "helen", "dmitry", "olga", "left");
    private static final Ranks RANKS = Ranks.of(List.of(new Person("helen", Role.HEAD),
            new Person("dmitry", Role.DIRECTOR), new Person("olga", Role.OPERATOR), new Person("anna", Role.MANAGER),
            new Person("boris", Role.MANAGER)));

    /** Anyone, claiming any rank: the rules must hold even for an actor the host got wrong. */
    @Provide
    Arbitrary<Actor> actors() {
        return Combinators.combine(Arbitraries.of(PEOPLE), Arbitraries.of(Rank.values())).as(Actor::new);
    }

    /** A complaint about a random person after a random sequence of the steps the head or director could take. */
    @Provide
    Arbitrary<Complaint> complaints() {
        return Combinators.combine(Arbitraries.of(PEOPLE), Arbitraries.of(ComplaintAction.values()).list().ofMaxSize(6))
                .as((about, actions) -> {
                    Complaint c = ComplaintRules.flag("C", "alfa", "WEB-1", Optional.empty(), about,
                            Actor.staff("olga"), T);
                    Actor decider = about.equals("helen") ? Actor.director("dmitry") : Actor.head("helen");
                    for (ComplaintAction action : actions) {
                        if (ComplaintRules.decide(c, decider, action, RANKS).allowed()) {
                            c = ComplaintRules.apply(c, decider, action, Optional.of("why " + action), T, RANKS);
                        }
                    }
                    return c;
                });
    }

    @Property(tries = 500)
    void nobodyGetsRoundTheRules(@ForAll("complaints") Complaint complaint, @ForAll("actors") Actor actor,
                                 @ForAll ComplaintAction action) {
        Decision decision = ComplaintRules.decide(complaint, actor, action, RANKS);
        assertThat(decision.reason()).isNotBlank();
        Rank about = RANKS.rankOf(complaint.about());
        boolean hushing = action == ComplaintAction.UNFLAG || action == ComplaintAction.CLOSE;
        if (actor.name().equals(complaint.about()) || actor.rank() == Rank.STAFF || action == ComplaintAction.FLAG
                || about == Rank.DIRECTOR
                || (about == Rank.HEAD && actor.rank() != Rank.DIRECTOR)
                || (about == Rank.STAFF && hushing && actor.rank() != Rank.HEAD)) {
            assertThat(decision.allowed()).as(decision.reason()).isFalse();
        }
        if (decision.allowed()) {
            Complaint after = ComplaintRules.apply(complaint, actor, action, Optional.of("because"), T, RANKS);
            assertThat(after.history()).hasSize(complaint.history().size() + 1)
                    .startsWith(complaint.history().toArray(Change[]::new));
            assertThat(after.about()).isEqualTo(complaint.about());
            assertThat(after.source()).isEqualTo(complaint.source());
        }
    }

    @Property(tries = 300)
    void everyUnflagAndCloseIsInTheLogWithItsReason(@ForAll("complaints") Complaint complaint) {
        List<DirectorsLog.Entry> log = DirectorsLog.of(List.of(complaint), T, T.plusSeconds(1));
        long hushed = complaint.history().stream().filter(c -> ComplaintRules.needsReason(c.action())).count();
        assertThat(log).hasSize((int) hushed);
        assertThat(log).allSatisfy(entry -> {
            assertThat(entry.reason()).hasValue("why " + entry.action());
            assertThat(entry.subject().about()).hasValue(complaint.about());
        });
    }

    @Property(tries = 200)
    void onlyCountedComplaintsAreCounted(@ForAll("complaints") Complaint complaint) {
        long counted = ComplaintRules.countsByPerson(List.of(complaint), T, T.plusSeconds(1)).values().stream()
                .mapToLong(Long::longValue).sum();
        assertThat(counted).isEqualTo(complaint.state() == ComplaintState.UNFLAGGED ? 0 : 1);
    }
}
