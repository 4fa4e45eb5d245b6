package io.backstop.app.port;

import java.util.Optional;

/** The host's users and groups. */
public interface Directory {

    boolean exists(String user);

    /** A tracker administrator: may change Backstop's settings. */
    boolean isAdmin(String user);

    boolean isInGroup(String user, String group);

    /** How people know the user ("Anna Ivanova" for {@code ivanova}); empty when the host has no such name. */
    default Optional<String> displayName(String user) {
        return Optional.empty();
    }
}
