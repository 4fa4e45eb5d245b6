package io.backstop.core.holding;

import java.time.LocalDate;

/** A day named in a reply ("до четверга", "15.12", "tomorrow") and where the words stand in the text. */
record DayMention(LocalDate day, int start, int end) {
}
