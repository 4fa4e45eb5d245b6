package io.backstop.app.port;

import java.util.List;
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

    /**
     * The logins of the host's users whose login or display name contains {@code query} (any case; empty: anyone),
     * at most {@code limit}, for the user picker on the settings page. Empty by default: a host that cannot list its
     * users offers the department's own people only, and a login can still be typed.
     */
    default List<String> candidates(String query, int limit) {
        return List.of();
    }
}
