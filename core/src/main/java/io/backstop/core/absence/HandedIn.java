package io.backstop.core.absence;

import io.backstop.core.staff.Absence;
import io.backstop.core.validation.Check;
import java.time.Instant;
import java.util.Optional;

/**
 * An approved absence and when it was handed in: recorded by the head or office, or requested by the person (the
 * request's time, not the approval's, because the schedule deadline is about when the department learnt of it).
 *
 * @param recordedAt empty for absences stored before Backstop kept that moment
 */
public record HandedIn(Absence absence, Optional<Instant> recordedAt) {

    public HandedIn {
        Check.notNull(absence, "absence");
        Check.notNull(recordedAt, "recordedAt");
    }

    public static HandedIn at(Absence absence, Instant recordedAt) {
        return new HandedIn(absence, Optional.of(recordedAt));
    }
}
