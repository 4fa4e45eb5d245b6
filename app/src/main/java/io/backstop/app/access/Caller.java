package io.backstop.app.access;

import io.backstop.core.staff.Role;
import java.util.Optional;

/** Who is asking: their login, whether they administer the tracker, their role in the department if any. */
public record Caller(String name, boolean admin, Optional<Role> role, boolean staff) {

    public boolean is(Role wanted) {
        return role.filter(r -> r == wanted).isPresent();
    }

    public boolean isAnyOf(Role... wanted) {
        for (Role r : wanted) {
            if (is(r)) {
                return true;
            }
        }
        return false;
    }
}
