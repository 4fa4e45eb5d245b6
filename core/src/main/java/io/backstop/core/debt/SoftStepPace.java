package io.backstop.core.debt;

import io.backstop.core.calendar.WorkCalendar;
import io.backstop.core.validation.Check;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How often a debtor may be reminded or called (issue 17, point 4): after a soft step on day D, the next one is
 * allowed from the start of the N-th working day after D on the department's calendar (N =
 * {@link DebtRules#callEveryWorkingDays}). With N = 2, a call on Monday allows the next on Wednesday; a call on
 * Friday, the next on Tuesday. Five calls in a minute are one call and four refusals.
 */
public final class SoftStepPace {

    /** Far enough to find N working days in any calendar a department keeps (holidays included). */
    private static final int MAX_DAYS_AHEAD = 400;

    private SoftStepPace() {
    }

    /** When the next soft step to the client is allowed, after one taken at {@code last}. */
    public static Instant nextAllowed(WorkCalendar calendar, Instant last, int everyWorkingDays) {
        Check.notNull(calendar, "calendar");
        Check.notNull(last, "last");
        if (everyWorkingDays <= 0) {
            return last;
        }
        LocalDate day = last.atZone(calendar.zone()).toLocalDate();
        int counted = 0;
        for (int i = 0; i < MAX_DAYS_AHEAD; i++) {
            day = day.plusDays(1);
            var spans = calendar.workingSpans(day);
            if (!spans.isEmpty() && ++counted == everyWorkingDays) {
                return spans.get(0).start();
            }
        }
        // a calendar without working days: count calendar days instead, so the limit still holds
        return last.atZone(calendar.zone()).toLocalDate().plusDays(everyWorkingDays).atStartOfDay(calendar.zone())
                .toInstant();
    }
}
