package io.backstop.core.staff;

/**
 * A list of people that cannot make a department. {@code path} points into the list, relative to it:
 * {@code ""} for the list as a whole, {@code "[2].deputies[0]"} for one deputy.
 */
public class StaffException extends IllegalArgumentException {

    private final String path;

    public StaffException(String path, String message) {
        super(message);
        this.path = path;
    }

    public String path() {
        return path;
    }
}
