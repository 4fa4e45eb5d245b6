package io.backstop.app.port;

/** The tracker refused an action; the message says why in the tracker's words. */
public class TrackerException extends RuntimeException {

    public TrackerException(String message) {
        super(message);
    }

    public TrackerException(String message, Throwable cause) {
        super(message, cause);
    }
}
