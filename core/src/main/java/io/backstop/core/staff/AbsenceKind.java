package io.backstop.core.staff;

/** Why somebody is away; the response rules treat every kind alike. */
public enum AbsenceKind {
    VACATION,
    SICK,
    TIME_OFF,
    STUDY
}
