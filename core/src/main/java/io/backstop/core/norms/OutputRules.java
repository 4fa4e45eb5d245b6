package io.backstop.core.norms;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Output per person per day: what the operations done earned, against the time the person was present. */
public final class OutputRules {

    private OutputRules() {
    }

    /**
     * One person's output by day, for every day with operations done or time present. Present time is taken in
     * whole minutes (seconds are dropped); other people's operations in {@code done} are ignored.
     */
    public static SortedMap<LocalDate, Output> daily(NormCatalog catalog, String person, Collection<Done> done,
                                                     Map<LocalDate, Duration> present) {
        Check.notNull(catalog, "catalog");
        Check.notBlank(person, "person");
        Check.list(done, "done");
        Check.notNull(present, "present");
        TreeMap<LocalDate, Output> days = new TreeMap<>();
        present.forEach((day, time) -> {
            Check.notNull(day, "present key");
            Check.notNull(time, "present[" + day + "]");
            if (time.isNegative()) {
                throw Check.invalid("present[" + day + "]", Problem.of("error.input.negativeGot", time));
            }
            days.merge(day, new Output(0, time.toMinutes()), Output::plus);
        });
        for (Done d : done) {
            if (d.person().equals(person)) {
                days.merge(d.day(), new Output(catalog.earnedMinutes(d), 0), Output::plus);
            }
        }
        return Collections.unmodifiableSortedMap(days);
    }

    /** Everybody's output by day: people with operations done or time present. */
    public static SortedMap<String, SortedMap<LocalDate, Output>> byPerson(
            NormCatalog catalog, Collection<Done> done, Map<String, ? extends Map<LocalDate, Duration>> present) {
        Check.list(done, "done");
        Check.notNull(present, "present");
        TreeMap<String, SortedMap<LocalDate, Output>> people = new TreeMap<>();
        present.keySet().forEach(person -> people.put(Check.notNull(person, "present key"), null));
        done.forEach(d -> people.put(d.person(), null));
        people.replaceAll((person, ignored) -> {
            Map<LocalDate, Duration> own = present.get(person);
            return daily(catalog, person, done, own == null ? Map.of() : own);
        });
        return Collections.unmodifiableSortedMap(people);
    }

    /** The sum over days: a period's output, whose efficiency is total earned / total present. */
    public static Output total(Collection<Output> outputs) {
        return Check.list(outputs, "outputs").stream().reduce(Output.NONE, Output::plus);
    }
}
