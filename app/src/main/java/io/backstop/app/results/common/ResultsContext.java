package io.backstop.app.results.common;

import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SettingStore;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * What every results desk shares: the department (its people and calendar), the results settings document, and
 * the checks on people and periods.
 */
public final class ResultsContext implements ResultsConfig {

    /** The longest period a read covers, in days. */
    public static final int MAX_PERIOD_DAYS = 366;

    private final SettingsService department;
    private final SettingStore settingStore;

    public ResultsContext(SettingsService department, EntityStore store) {
        this.department = department;
        this.settingStore = new SettingStore(store);
    }

    @Override
    public ResultsSettings settings() {
        return settingStore.read(ResultsSettings.SETTING).map(ResultsSettings::read)
                .orElseGet(ResultsSettings::departmentDefault);
    }

    public ResultsSettings replaceSettings(ResultsSettings next) {
        settingStore.write(ResultsSettings.SETTING, next.write());
        return next;
    }

    public DepartmentSettings current() {
        return department.current();
    }

    public ZoneId zone() {
        return department.current().calendar().zone();
    }

    public void knownPerson(String name, String field) {
        if (department.current().person(name).isEmpty()) {
            throw Check.invalid(field, Problem.of("error.input.department", name));
        }
    }

    public static void period(LocalDate from, LocalDate to) {
        Check.notNull(from, "from");
        Check.notNull(to, "to");
        if (to.isBefore(from)) {
            throw Check.invalid("to", Problem.of("error.input.beforeFrom", from, to));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw Check.invalid("to", Problem.of("error.results.periodCoversMost", MAX_PERIOD_DAYS));
        }
    }
}
