package io.backstop.app.onboarding;

import io.backstop.app.results.common.ResultsConfig;

import io.backstop.app.results.norms.OperationDay;
import io.backstop.app.results.norms.OperationStore;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.staff.AbsenceStore;
import io.backstop.app.store.EntityStore;
import io.backstop.app.staff.StoredAbsence;
import io.backstop.core.norms.Done;
import io.backstop.core.norms.PresentTime;
import io.backstop.core.onboarding.LearningStep;
import io.backstop.core.onboarding.NewcomerProgress;
import io.backstop.core.onboarding.OnboardingPlan;
import io.backstop.core.staff.Person;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The onboarding plan: the learning order from the operations the department did over the last
 * {@value #ORDER_MONTHS} months, and each newcomer's progress since their hiring date.
 */
public final class OnboardingDesk {

    /** How far back the learning order looks: a year, so that seasonal work is in it. */
    public static final int ORDER_MONTHS = 12;

    private final SettingsService department;
    private final ResultsConfig results;
    private final OperationStore operations;
    private final AbsenceStore absences;

    public OnboardingDesk(SettingsService department, ResultsConfig results, EntityStore store) {
        this.department = department;
        this.results = results;
        this.operations = new OperationStore(store);
        this.absences = new AbsenceStore(store);
    }

    public record Plan(LocalDate from, LocalDate to, List<LearningStep> order) {
    }

    /** The learning order from the operations done in the {@value #ORDER_MONTHS} months up to {@code asOf}. */
    public Plan plan(LocalDate asOf) {
        LocalDate from = asOf.minusMonths(ORDER_MONTHS).plusDays(1);
        List<Done> done = done(operations.operations(from, asOf, Optional.empty()));
        return new Plan(from, asOf, OnboardingPlan.order(results.settings().catalog(), done));
    }

    /** Newcomers on {@code asOf} (hired and not yet in the experienced band), or the one asked for. */
    public List<NewcomerProgress> newcomers(LocalDate asOf, Optional<String> person) {
        ResultsSettings settings = results.settings();
        DepartmentSettings current = department.current();
        List<NewcomerProgress> list = new ArrayList<>();
        for (Person p : current.people()) {
            Optional<LocalDate> hired = settings.hiredOn(p.name());
            if (person.map(name -> !name.equals(p.name())).orElse(false) || hired.isEmpty()
                    || !OnboardingPlan.isNewcomer(hired.get(), asOf, settings.ramp())) {
                continue;
            }
            List<Done> done = done(operations.operations(hired.get(), asOf, Optional.of(p.name())));
            SortedMap<LocalDate, Duration> present = PresentTime.fromSchedule(current.calendar(), p.name(),
                    absences.of(p.name()).stream().map(StoredAbsence::absence).toList(), hired.get(), asOf);
            list.add(OnboardingPlan.progress(p.name(), hired.get(), asOf, settings.catalog(), settings.ramp(), done,
                    present));
        }
        return list;
    }

    private static List<Done> done(List<OperationDay> rows) {
        List<Done> done = new ArrayList<>(rows.size());
        for (OperationDay row : rows) {
            if (row.count() > 0) {
                done.add(new Done(row.person(), row.day(), row.operation(),
                        (int) Math.min(row.count(), Integer.MAX_VALUE)));
            }
        }
        return done;
    }

}
