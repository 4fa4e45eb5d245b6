package io.backstop.sandbox.demo;

import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A planned or unplanned absence of a member of the demo department, {@code [from, to)}.
 *
 * @param handedIn when the department learnt of it; empty: when the history starts (the current absences)
 * @param requested asked for by the person and approved by the head (the newcomer's driving-school afternoons)
 */
public record DemoAbsence(String person, Instant from, Instant to, AbsenceKind kind, Optional<Instant> handedIn,
                          boolean requested) {

    public DemoAbsence {
        new Absence(person, from, to, kind); // the core's checks: nothing null, not ending before it starts
        Objects.requireNonNull(handedIn, "handedIn");
    }

    public DemoAbsence(String person, Instant from, Instant to, AbsenceKind kind) {
        this(person, from, to, kind, Optional.empty(), false);
    }

    public Absence toAbsence() {
        return new Absence(person, from, to, kind);
    }

    public boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
