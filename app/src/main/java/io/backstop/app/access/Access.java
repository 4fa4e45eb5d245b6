package io.backstop.app.access;

import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;

import io.backstop.app.port.BrowsePermission;
import io.backstop.app.port.CurrentUser;
import io.backstop.app.port.Directory;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Problem;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Every REST call starts here: who is asking, and may they? */
public class Access {

    private final CurrentUser currentUser;
    private final Directory directory;
    private final SettingsService settings;
    private final BrowsePermission browse;

    @Inject
    public Access(CurrentUser currentUser, Directory directory, SettingsService settings, BrowsePermission browse) {
        this.currentUser = currentUser;
        this.directory = directory;
        this.settings = settings;
        this.browse = browse;
    }

    /** The caller, or 401. */
    public Caller caller() {
        String name = currentUser.name().filter(directory::exists).orElseThrow(ApiError::unauthenticated);
        DepartmentSettings current = settings.current();
        Optional<Role> role = current.person(name).map(Person::role);
        boolean staff = role.isPresent() || directory.isInGroup(name, current.staffGroup());
        return new Caller(name, directory.isAdmin(name), role, staff);
    }

    public Caller admin() {
        Caller caller = caller();
        if (!caller.admin()) {
            throw ApiError.forbidden(Problem.of("error.access.onlyAdministrators"));
        }
        return caller;
    }

    public Caller staff() {
        Caller caller = caller();
        if (!caller.staff() && !caller.admin()) {
            throw ApiError.forbidden(Problem.of("error.access.onlyDepartmentStaff"));
        }
        return caller;
    }

    /** Administrators and the given roles; {@code what} (their English names) is kept for callers' sake only. */
    public Caller oneOf(String what, Role... roles) {
        Caller caller = caller();
        if (!caller.admin() && !caller.isAnyOf(roles)) {
            List<Problem> who = new java.util.ArrayList<>(List.of(Problem.of("role.admins")));
            Arrays.stream(roles).distinct().map(Access::role).forEach(who::add);
            throw ApiError.forbidden(Problem.of("error.access.onlyRoles", listed(who)));
        }
        return caller;
    }

    /** The roles as a person names them, in the caller's language: "the head and the director". */
    public static Problem who(Role... roles) {
        return listed(Arrays.stream(roles).distinct().map(Access::role).toList());
    }

    private static Problem role(Role role) {
        return Problem.of("role." + role.name());
    }

    private static Problem listed(List<Problem> names) {
        Problem said = names.get(names.size() - 1);
        for (int i = names.size() - 2; i >= 0; i--) { // "a, b and c"
            said = Problem.of(i == names.size() - 2 ? "label.and" : "label.comma", names.get(i), said);
        }
        return said;
    }

    /** The name screens show for a person: the host's display name, else the login itself. */
    public String displayName(String user) {
        return directory.displayName(user).filter(name -> !name.isBlank()).orElse(user);
    }

    /** The host's users a picker offers for {@code query} ({@link Directory#candidates}); the caller is checked first. */
    public List<String> directoryCandidates(String query, int limit) {
        return directory.candidates(query, limit);
    }

    public boolean canBrowse(Caller caller, String issue) {
        return browse.canBrowse(caller.name(), issue);
    }

    /** Everybody's rows (or the one person asked) for administrators and {@code seeAll}; else the caller's own. */
    public static Optional<String> scope(Caller caller, String person, Role... seeAll) {
        return Access.scope(caller, person, "person", seeAll);
    }

    public static Optional<String> scope(Caller caller, String person, String parameter, Role... seeAll) {
        Optional<String> asked = person == null || person.isBlank() ? Optional.empty() : Optional.of(person.trim());
        if (asked.isPresent() && asked.get().length() > Fields.MAX_TEXT) {
            throw ApiError.badInput(parameter, Problem.of("error.input.mostCharacters", Fields.MAX_TEXT));
        }
        if (caller.admin() || caller.isAnyOf(seeAll)) {
            return asked;
        }
        if (asked.isPresent() && !asked.get().equals(caller.name())) {
            throw ApiError.forbidden(Problem.of("error.access.youSeeOnly"));
        }
        return Optional.of(caller.name());
    }
}
