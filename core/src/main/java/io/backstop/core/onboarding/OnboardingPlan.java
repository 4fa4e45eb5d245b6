package io.backstop.core.onboarding;

import io.backstop.core.norms.Band;
import io.backstop.core.norms.Done;
import io.backstop.core.norms.NormCatalog;
import io.backstop.core.norms.Operation;
import io.backstop.core.norms.Ramp;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The onboarding plan's rules: the order in which a newcomer should learn the department's operations, and how
 * a newcomer is getting on.
 *
 * <p>The order is by the department's norm-hours per operation (times done x norm minutes): learning first what
 * most of the work is made of pays back soonest. Operations nobody did come last, longest norm first; ties go by
 * code so the order is stable.
 *
 * <p>"Time per operation" cannot be measured per operation: Backstop records what was done per day, not when each
 * job started. What it does know is the newcomer's present hours (schedule minus absences) and the norm-hours they
 * earned, per month of service; present hours per earned norm-hour is how long their average norm-hour of work
 * took, and it approaches the experienced level as they learn.
 */
public final class OnboardingPlan {

    private OnboardingPlan() {
    }

    /** Every catalogue operation, in learning order; done operations not in the catalogue are ignored. */
    public static List<LearningStep> order(NormCatalog catalog, Collection<Done> done) {
        Check.notNull(catalog, "catalog");
        Map<String, Long> times = new HashMap<>();
        for (Done d : Check.list(done, "done")) {
            if (catalog.contains(d.operation())) {
                times.merge(d.operation(), (long) d.count(), Long::sum);
            }
        }
        List<Operation> ops = new ArrayList<>(catalog.operations());
        ops.sort(Comparator.comparingDouble((Operation o) -> -weight(o, times))
                .thenComparing(Comparator.comparingInt(Operation::standardMinutes).reversed())
                .thenComparing(Operation::code));
        List<LearningStep> steps = new ArrayList<>(ops.size());
        for (Operation o : ops) {
            steps.add(new LearningStep(steps.size() + 1, o, times.getOrDefault(o.code(), 0L), weight(o, times)));
        }
        return List.copyOf(steps);
    }

    private static double weight(Operation o, Map<String, Long> times) {
        return times.getOrDefault(o.code(), 0L) * o.normHours();
    }

    /**
     * A newcomer's progress up to {@code asOf}: operations done since hiring and, per month of service, present
     * hours against earned norm-hours. {@code done} and {@code presentPerDay} are the person's own; other people's
     * rows in {@code done} are ignored.
     */
    public static NewcomerProgress progress(String person, LocalDate hired, LocalDate asOf, NormCatalog catalog,
                                            Ramp ramp, Collection<Done> done,
                                            SortedMap<LocalDate, Duration> presentPerDay) {
        Check.notBlank(person, "person");
        Check.notNull(hired, "hired");
        Check.notNull(asOf, "asOf");
        Check.notNull(catalog, "catalog");
        Check.notNull(ramp, "ramp");
        Check.notNull(presentPerDay, "presentPerDay");
        if (asOf.isBefore(hired)) {
            throw Check.invalid("asOf", Problem.of("error.onboarding.beforeHiringDate", hired));
        }
        List<Done> own = Check.list(done, "done").stream()
                .filter(d -> d.person().equals(person) && !d.day().isBefore(hired) && !d.day().isAfter(asOf))
                .toList();
        Map<String, Long> byOperation = new LinkedHashMap<>();
        catalog.operations().forEach(o -> byOperation.put(o.code(), 0L));
        for (Done d : own) {
            byOperation.computeIfPresent(d.operation(), (code, n) -> n + d.count());
        }
        double fullDayHours = ramp.fullDay().toMinutes() / 60.0;
        int current = Ramp.monthOfService(hired, asOf);
        List<ServiceMonth> months = new ArrayList<>(current);
        for (int m = 1; m <= current; m++) {
            LocalDate from = hired.plusMonths(m - 1);
            LocalDate end = hired.plusMonths(m).minusDays(1);
            LocalDate to = end.isAfter(asOf) ? asOf : end;
            double present = 0;
            for (Duration d : presentPerDay.subMap(from, to.plusDays(1)).values()) {
                present += d.toSeconds() / 3600.0;
            }
            double earned = 0;
            for (Done d : own) {
                if (!d.day().isBefore(from) && !d.day().isAfter(to) && catalog.contains(d.operation())) {
                    earned += catalog.earnedMinutes(d) / 60.0;
                }
            }
            months.add(new ServiceMonth(m, from, to, present, earned, hoursPerNormHour(fullDayHours,
                    ramp.bandFor(m))));
        }
        return new NewcomerProgress(person, hired, current, Collections.unmodifiableMap(byOperation),
                List.copyOf(months), hoursPerNormHour(fullDayHours, ramp.experienced()));
    }

    /** Whether the person is still on the ramp on {@code on}: hired and not yet in the experienced band. */
    public static boolean isNewcomer(LocalDate hired, LocalDate on, Ramp ramp) {
        return hired != null && !on.isBefore(hired) && Ramp.monthOfService(hired, on) < ramp.experiencedFromMonth();
    }

    /** A full day over the band's middle; 0 for a band that expects nothing. */
    private static double hoursPerNormHour(double fullDayHours, Band band) {
        double middle = (band.min() + band.max()) / 2;
        return middle > 0 ? fullDayHours / middle : 0;
    }
}
