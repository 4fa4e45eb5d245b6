package io.backstop.core.replay;

/** A scenario that cannot run, with the path of the offending field, such as {@code events[3].issue}. */
public class ScenarioException extends IllegalArgumentException {

    private final String field;

    public ScenarioException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
