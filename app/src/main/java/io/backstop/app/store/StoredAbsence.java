package io.backstop.app.store;

import io.backstop.core.staff.Absence;

/** An absence as stored, with its id and whether its boundaries have been applied. */
public record StoredAbsence(int id, Absence absence, String createdBy, boolean startApplied, boolean endApplied) {
}
