package io.backstop.core.validation;

/**
 * Input that cannot be taken, with the path of the offending field, such as {@code events[3].issue} in a scenario or
 * {@code calendar.week.MON[0]} in the settings.
 */
public class InvalidFieldException extends IllegalArgumentException {

    private final String field;

    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
