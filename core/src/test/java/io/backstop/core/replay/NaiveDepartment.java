package io.backstop.core.replay;

import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The naive engine's reading of who is in and who takes an issue (sla-semantics.md rules 5, 7, 12 and 13), from the
 * scenario's people and absences only, rescanned on every question:
 * <ul>
 *   <li>absent at t: some absence of any kind has {@code from <= t < to} ("in every chain a busy person counts as
 *       absent", and the worked example v2 shows no rule-3 return while the owner is busy);</li>
 *   <li>only busy at t: absent, and every absence in force at t is {@code BUSY};</li>
 *   <li>a chain is written out as the spec lists it and walked front to back; a person is taken when present and
 *       either the owner or not before their {@code coversFrom}.</li>
 * </ul>
 * Reading noted: rule 12 lists the busy chain as "the owner, the operator, the operator's deputies, the head"; an
 * owner's deputy who is also the operator's deputy (or the head) keeps that later place: "skips the owner's
 * deputies" is read as skipping their place in the chain, not the people.
 */
final class NaiveDepartment {

    private final List<Person> people;
    private final List<Absence> absences;
    private final Set<String> notes;
    final String operator;
    final List<String> operatorDeputies;
    final String head;

    NaiveDepartment(Scenario s, Set<String> notes) {
        this.people = s.people();
        this.absences = s.absences();
        this.notes = notes;
        Person op = people.stream().filter(p -> p.role() == Role.OPERATOR).findFirst().orElseThrow();
        this.operator = op.name();
        this.operatorDeputies = op.deputies();
        this.head = people.stream().filter(p -> p.role() == Role.HEAD).findFirst().orElseThrow().name();
    }

    boolean absent(String person, Instant t) {
        return absentIn(absences, person, t);
    }

    static boolean absentIn(List<Absence> absences, String person, Instant t) {
        for (Absence a : absences) {
            if (a.person().equals(person) && !t.isBefore(a.from()) && t.isBefore(a.to())) {
                return true;
            }
        }
        return false;
    }

    /** Away at t, and only at meetings (rule 12). */
    static boolean onlyBusyIn(List<Absence> absences, String person, Instant t) {
        boolean away = false;
        for (Absence a : absences) {
            if (a.person().equals(person) && !t.isBefore(a.from()) && t.isBefore(a.to())) {
                if (a.kind() != AbsenceKind.BUSY) {
                    return false;
                }
                away = true;
            }
        }
        return away;
    }

    List<String> deputiesOf(String name) {
        return people.stream().filter(p -> p.name().equals(name)).findFirst().map(Person::deputies)
                .orElse(List.of());
    }

    /** Rule 13: a newcomer is nobody's cover before coversFrom, but is always the owner of her own issues. */
    boolean mayTake(String person, String owner, Instant t) {
        if (person.equals(owner)) {
            return true;
        }
        Instant from = people.stream().filter(p -> p.name().equals(person)).findFirst()
                .map(Person::coversFrom).orElse(null);
        return from == null || !from.isAfter(t);
    }

    /**
     * Rules 5 and 12: who takes an awaiting issue of {@code owner} whose holder {@code assignee} is away, or null.
     * Only busy: the owner, the operator, the operator's deputies, the head; else the owner's deputies come second.
     */
    String absenceTaker(String owner, String assignee, Instant t) {
        List<String> full = new ArrayList<>();
        full.add(owner);
        full.addAll(deputiesOf(owner));
        full.add(operator);
        full.addAll(operatorDeputies);
        full.add(head);
        if (!onlyBusyIn(absences, assignee, t)) {
            return walk(full, owner, t, true);
        }
        List<String> busy = new ArrayList<>();
        busy.add(owner);
        busy.add(operator);
        busy.addAll(operatorDeputies);
        busy.add(head);
        String taker = walk(busy, owner, t, true);
        String unlessBusy = walk(full, owner, t, false);
        if (taker != null && unlessBusy != null && !unlessBusy.equals(taker)
                && deputiesOf(owner).contains(unlessBusy)) {
            notes.add("busy holder: an owner's deputy skipped");
        }
        return taker;
    }

    /** Rule 7: who takes a breached issue, or null. */
    String breachTaker(String owner, Instant t) {
        List<String> chain = new ArrayList<>();
        chain.add(operator);
        chain.addAll(operatorDeputies);
        chain.add(head);
        return walk(chain, owner, t, true);
    }

    /** The first present person of the chain who may take the issue; {@code noting}: for the coverage notes. */
    private String walk(List<String> chain, String owner, Instant t, boolean noting) {
        String taken = null;
        String ignoringNewcomers = null;
        for (String name : chain) {
            if (absent(name, t)) {
                continue;
            }
            if (ignoringNewcomers == null) {
                ignoringNewcomers = name;
            }
            if (mayTake(name, owner, t)) {
                taken = name;
                break;
            }
        }
        if (noting && ignoringNewcomers != null && !ignoringNewcomers.equals(taken)) {
            notes.add("chain: someone before coversFrom skipped");
        }
        return taken;
    }
}
