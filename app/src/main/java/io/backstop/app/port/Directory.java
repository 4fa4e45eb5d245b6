package io.backstop.app.port;

/** The host's users and groups. */
public interface Directory {

    boolean exists(String user);

    /** A tracker administrator: may change Backstop's settings. */
    boolean isAdmin(String user);

    boolean isInGroup(String user, String group);
}
