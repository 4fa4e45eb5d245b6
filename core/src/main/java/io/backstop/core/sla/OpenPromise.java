package io.backstop.core.sla;

import java.time.Instant;
import java.util.Objects;

/** A holding reply's promise still owed on an issue (rule 11): {@code by} said the full answer comes by {@code due}. */
public record OpenPromise(String by, Instant madeAt, Instant due) {

    public OpenPromise {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(madeAt, "madeAt");
        Objects.requireNonNull(due, "due");
    }
}
