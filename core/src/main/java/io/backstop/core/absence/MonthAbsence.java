package io.backstop.core.absence;

import java.time.YearMonth;

/** One person's absence in one calendar month. */
public record MonthAbsence(String person, YearMonth month, AbsenceFigures figures) {
}
