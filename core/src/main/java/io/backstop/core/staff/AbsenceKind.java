package io.backstop.core.staff;

import java.util.Arrays;
import java.util.List;

/**
 * Why somebody is away. The response rules treat every kind alike except {@code BUSY} (rule 12): a meeting or a
 * long call, away for covering purposes only, never an absence in the absence report or lost norm-hours.
 */
public enum AbsenceKind {
    VACATION,
    SICK,
    TIME_OFF,
    STUDY,
    BUSY;

    /** Whether this kind counts as time away from work in reports and norms. */
    public boolean isAbsence() {
        return this != BUSY;
    }

    /** The kinds that are time away from work, in declaration order: the absence report's columns. */
    public static List<AbsenceKind> absences() {
        return Arrays.stream(values()).filter(AbsenceKind::isAbsence).toList();
    }
}
