package io.backstop.app.library;

/** The reply was already made into an entry. */
public final class AlreadyInLibrary extends RuntimeException {
    private final long entry;

    AlreadyInLibrary(long entry) {
        super("this reply is already library entry " + entry);
        this.entry = entry;
    }

    public long entry() {
        return entry;
    }
}
