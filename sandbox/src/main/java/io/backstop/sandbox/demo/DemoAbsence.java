package io.backstop.sandbox.demo;

import io.backstop.core.staff.Absence;
import io.backstop.core.staff.AbsenceKind;
import java.time.Instant;

/** A planned or unplanned absence of a member of the demo department, {@code [from, to)}. */
public record DemoAbsence(String person, Instant from, Instant to, AbsenceKind kind) {

    public DemoAbsence {
        new Absence(person, from, to, kind); // the core's checks: nothing null, not ending before it starts
    }

    public Absence toAbsence() {
        return new Absence(person, from, to, kind);
    }

    public boolean covers(Instant at) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
