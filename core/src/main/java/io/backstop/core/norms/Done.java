package io.backstop.core.norms;

import io.backstop.core.validation.Check;
import java.time.LocalDate;

/** {@code count} operations of one kind that a person did on a day; each earns the operation's norm. */
public record Done(String person, LocalDate day, String operation, int count) {

    public Done {
        Check.notBlank(person, "person");
        Check.notNull(day, "day");
        Check.notBlank(operation, "operation");
        Check.positive(count, "count");
    }

    public Done(String person, LocalDate day, String operation) {
        this(person, day, operation, 1);
    }
}
