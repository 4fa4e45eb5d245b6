package io.backstop.app.staff;

import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Whom the settings' user picker offers for what was typed: the department's own people who match (all of them: a
 * department is a few dozen people at most), then up to {@link #MORE} of the host's other users. Each with the name
 * people know them by, so a person is picked by name and saved by login.
 */
public final class PeopleCandidates {

    /** How many of the host's users beyond the department one answer lists: a picker narrows by typing. */
    public static final int MORE = 20;

    /** A login the picker offers; {@code role} when the login is one of the department's people. */
    public record Candidate(String login, String displayName, Optional<Role> role) {
    }

    private final Function<String, String> displayNames;
    private final BiFunction<String, Integer, List<String>> directory;

    /**
     * @param displayNames the name shown for a login (the login itself when the host has none)
     * @param directory    the host's users matching a query, at most so many
     */
    public PeopleCandidates(Function<String, String> displayNames, BiFunction<String, Integer, List<String>> directory) {
        this.displayNames = displayNames;
        this.directory = directory;
    }

    public List<Candidate> find(List<Person> people, String query) {
        String asked = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        List<Candidate> found = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>();
        for (Person person : people) {
            String name = displayNames.apply(person.name());
            if (matches(asked, person.name(), name) && listed.add(person.name())) {
                found.add(new Candidate(person.name(), name, Optional.of(person.role())));
            }
        }
        int more = 0;
        for (String login : directory.apply(asked, MORE + people.size())) {
            if (more < MORE && login != null && !login.isBlank() && listed.add(login)) {
                String name = displayNames.apply(login);
                if (matches(asked, login, name)) {
                    found.add(new Candidate(login, name, Optional.empty()));
                    more++;
                }
            }
        }
        return found;
    }

    private static boolean matches(String asked, String login, String name) {
        return asked.isEmpty() || login.toLowerCase(Locale.ROOT).contains(asked)
                || (name != null && name.toLowerCase(Locale.ROOT).contains(asked));
    }
}
