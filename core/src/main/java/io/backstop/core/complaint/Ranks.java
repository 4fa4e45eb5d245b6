package io.backstop.core.complaint;

import io.backstop.core.staff.Person;
import io.backstop.core.validation.Check;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Who is who when a complaint is acted on, as the department's settings say now: the head(s), the director if one
 * is configured, and everyone else (including people no longer in the department) as staff.
 */
public final class Ranks {

    private final Map<String, Rank> byName;

    private Ranks(Map<String, Rank> byName) {
        this.byName = Map.copyOf(byName);
    }

    public static Ranks of(Collection<Person> people) {
        Map<String, Rank> map = new HashMap<>();
        Check.list(people, "people").forEach(p -> map.put(p.name(), Actor.rankOf(p.role())));
        return new Ranks(map);
    }

    public Rank rankOf(String name) {
        return byName.getOrDefault(name, Rank.STAFF);
    }

    /** The person acting, with their rank. */
    public Actor actor(String name) {
        return new Actor(name, rankOf(name));
    }

    /** Whether someone may close a complaint about the head at all. */
    public boolean hasDirector() {
        return byName.containsValue(Rank.DIRECTOR);
    }
}
