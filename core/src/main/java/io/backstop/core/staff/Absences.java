package io.backstop.core.staff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The department's absences, in the order they were recorded. */
public final class Absences implements Presence {

    private final List<Absence> all;
    private final Map<String, List<Absence>> byPerson = new HashMap<>();

    public Absences(List<Absence> absences) {
        this.all = List.copyOf(absences);
        for (Absence absence : all) {
            byPerson.computeIfAbsent(absence.person(), name -> new ArrayList<>()).add(absence);
        }
    }

    public List<Absence> all() {
        return all;
    }

    @Override
    public boolean isAbsent(String person, Instant at) {
        for (Absence absence : byPerson.getOrDefault(person, List.of())) {
            if (absence.covers(at)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean isBusyOnly(String person, Instant at) {
        boolean busy = false;
        for (Absence absence : byPerson.getOrDefault(person, List.of())) {
            if (absence.covers(at)) {
                if (absence.kind() != AbsenceKind.BUSY) {
                    return false;
                }
                busy = true;
            }
        }
        return busy;
    }
}
