package io.backstop.core.whatif;

import io.backstop.core.staff.Absence;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What a what-if's answer rests on, to be shown with it: the paces measured (median reply delay in working time, as
 * a holder and from the operator's queue, by person; a new person's is {@code managerPace}), the unplanned absence
 * rate and the seed a new person's absences were drawn with, the days they were drawn away, how many replies were
 * decided again and how many events moved past the period's end.
 */
public record Assumptions(Map<String, Duration> paceAsHolder, Map<String, Duration> paceFromQueue,
                          Duration managerPace, double unplannedRate, OptionalLong seed, Optional<String> newPerson,
                          List<Absence> newPersonAway, int redecidedReplies, int pastEnd) {

    public static final Assumptions NONE = new Assumptions(Map.of(), Map.of(), Duration.ZERO, 0, OptionalLong.empty(),
            Optional.empty(), List.of(), 0, 0);

    public Assumptions {
        paceAsHolder = Collections.unmodifiableMap(new TreeMap<>(paceAsHolder));
        paceFromQueue = Collections.unmodifiableMap(new TreeMap<>(paceFromQueue));
        newPersonAway = List.copyOf(newPersonAway);
    }
}
