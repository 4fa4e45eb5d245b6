package io.backstop.core.norms;

import io.backstop.core.validation.Check;

/**
 * An operation of the department and its norm: the standard minutes it takes. Doing it once earns the norm, however
 * long it really took, so a fast manager is not punished and a slow one not rewarded.
 *
 * @param code stable identifier kept in stored history ({@code "client-question"}); never reused for another job
 */
public record Operation(String code, String name, int standardMinutes) {

    public Operation {
        Check.code(code, "code");
        Check.notBlank(name, "name");
        Check.positive(standardMinutes, "standardMinutes");
    }

    public double normHours() {
        return standardMinutes / 60.0;
    }
}
