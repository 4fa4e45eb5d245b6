package io.backstop.core.validation;

/**
 * Input that cannot be taken, with the path of the offending field, such as {@code events[3].issue} in a scenario or
 * {@code calendar.week.MON[0]} in the settings, and what is wrong with it as a {@link Problem} (a message key).
 */
public class InvalidFieldException extends IllegalArgumentException {

    private final String field;
    private final Problem problem;

    public InvalidFieldException(String field, Problem problem) {
        super(field + ": " + problem.english());
        this.field = field;
        this.problem = problem;
    }

    /** An English text without a key; the errors' completeness test names every site that still makes one. */
    @Deprecated
    public InvalidFieldException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
        this.problem = null;
    }

    public String field() {
        return field;
    }

    /** What is wrong, as a key and arguments; null for an error made the old way (English text only). */
    public Problem problem() {
        return problem;
    }

    /** The message without its own {@code "field: "}, for an error that moves under another path. */
    public String text() {
        return getMessage().substring(field.length() + 2);
    }

    /** The same problem at another path (a document nesting a part's own fields). */
    public InvalidFieldException at(String path) {
        return problem == null ? new InvalidFieldException(path, text()) : new InvalidFieldException(path, problem);
    }
}
