package io.backstop.app.library;

/** No entry with that id (the host answers 404). */
public final class NoSuchEntry extends RuntimeException {
    private final String field;

    NoSuchEntry(String field, long id) {
        super("no library entry " + id);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
