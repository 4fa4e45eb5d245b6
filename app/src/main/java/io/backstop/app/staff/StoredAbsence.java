package io.backstop.app.staff;

import io.backstop.core.absence.HandedIn;
import io.backstop.core.staff.Absence;
import java.time.Instant;
import java.util.Optional;

/**
 * An absence as stored, with its id, whether its boundaries have been applied and where it stands.
 *
 * @param recordedAt when it was recorded or requested; empty for rows from before schema version 4
 */
public record StoredAbsence(int id, Absence absence, String createdBy, boolean startApplied, boolean endApplied,
                            AbsenceStatus status, Optional<Instant> recordedAt, Optional<String> decidedBy,
                            Optional<Instant> decidedAt, Optional<String> reason) {

    public StoredAbsence(int id, Absence absence, String createdBy, boolean startApplied, boolean endApplied) {
        this(id, absence, createdBy, startApplied, endApplied, AbsenceStatus.APPROVED, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public HandedIn handedIn() {
        return new HandedIn(absence, recordedAt);
    }
}
