package io.backstop.core.complaint;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Whatever happened to a complaint before, the person it is about can never close, unflag or reopen it, and no
 * staff member can; every decision says why.
 */
class ComplaintPropertyTest {

    private static final Instant T = Instant.parse("2026-03-02T07:00:00Z");
    private static final List<String> PEOPLE = List.of("anna", "boris", "helen", "dmitry", "olga");

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
                        if (ComplaintRules.decide(c, decider, action).allowed()) {
                            c = ComplaintRules.apply(c, decider, action, T);
                        }
                    }
                    return c;
                });
    }

    @Property(tries = 500)
    void theManagerItIsAboutCanNeverCloseIt(@ForAll("complaints") Complaint complaint, @ForAll("actors") Actor actor,
                                            @ForAll ComplaintAction action) {
        Decision decision = ComplaintRules.decide(complaint, actor, action);
        assertThat(decision.reason()).isNotBlank();
        if (actor.name().equals(complaint.about()) || actor.rank() == Rank.STAFF || action == ComplaintAction.FLAG) {
            assertThat(decision.allowed()).isFalse();
        }
        if (decision.allowed()) {
            Complaint after = ComplaintRules.apply(complaint, actor, action, T);
            assertThat(after.history()).hasSize(complaint.history().size() + 1);
            assertThat(after.about()).isEqualTo(complaint.about());
        }
    }

    @Property(tries = 200)
    void onlyCountedComplaintsAreCounted(@ForAll("complaints") Complaint complaint) {
        long counted = ComplaintRules.countsByPerson(List.of(complaint), T, T.plusSeconds(1)).values().stream()
                .mapToLong(Long::longValue).sum();
        assertThat(counted).isEqualTo(complaint.state() == ComplaintState.UNFLAGGED ? 0 : 1);
    }
}
