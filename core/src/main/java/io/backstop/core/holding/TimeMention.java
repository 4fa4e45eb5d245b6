package io.backstop.core.holding;

import java.time.LocalTime;

/** A time of day written in a reply ("до 15:00", "by 3 pm") and where it stands in the text. */
record TimeMention(LocalTime time, int start, int end) {
}
