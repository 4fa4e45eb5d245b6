package io.backstop.core.upsell;

import java.time.LocalDate;
import java.util.List;

/** A campaign's run on a date: whom to call (freshest order first) and whom it skipped (by client). */
public record CallList(Campaign campaign, LocalDate on, List<Call> calls, List<Skipped> skipped) {

    public CallList {
        calls = List.copyOf(calls);
        skipped = List.copyOf(skipped);
    }
}
