package io.backstop.core.complaint;

import io.backstop.core.validation.Check;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;

/** Someone acting on a complaint. */
public record Actor(String name, Rank rank) {

    public Actor {
        Check.notBlank(name, "name");
        Check.notNull(rank, "rank");
    }

    public static Actor staff(String name) {
        return new Actor(name, Rank.STAFF);
    }

    public static Actor head(String name) {
        return new Actor(name, Rank.HEAD);
    }

    public static Actor director(String name) {
        return new Actor(name, Rank.DIRECTOR);
    }

    /** A member of the department: the head is the head, the director the director, everyone else is staff. */
    public static Actor of(Person person) {
        Check.notNull(person, "person");
        return new Actor(person.name(), rankOf(person.role()));
    }

    static Rank rankOf(Role role) {
        return switch (role) {
            case HEAD -> Rank.HEAD;
            case DIRECTOR -> Rank.DIRECTOR;
            case OPERATOR, MANAGER, OFFICE_MANAGER -> Rank.STAFF;
        };
    }
}
