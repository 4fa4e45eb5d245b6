package io.backstop.sandbox.users;

import io.backstop.app.port.BrowsePermission;
import io.backstop.app.port.CurrentUser;
import io.backstop.app.port.Directory;
import io.backstop.app.settings.DepartmentSettings;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.sandbox.tracker.SandboxTracker;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The sandbox's logins: {@code admin}, {@code client} (the clients' side), and every person of the department with
 * their name as the password.
 * Who may browse an issue follows a plain rule: the head, the operator, the office manager and the admin see every
 * issue; a manager sees the issues they own or hold, and those of the people they stand in for.
 */
public final class SandboxUsers implements Directory, CurrentUser, BrowsePermission {

    public static final String ADMIN = "admin";
    /**
     * The clients' side of the demo: opens issues and writes client messages ({@code TrackerWriters}), sees no
     * Backstop screen. A person of the department named so would be that person instead.
     */
    public static final String CLIENT = SandboxTracker.CLIENT;

    private final Supplier<DepartmentSettings> department;
    private final SandboxTracker tracker;
    private final ThreadLocal<String> current = new ThreadLocal<>();
    private final LoginThrottle throttle = new LoginThrottle(Clock.systemUTC());
    private volatile Function<String, Optional<String>> displayNames = user -> Optional.empty();

    public SandboxUsers(Supplier<DepartmentSettings> department, SandboxTracker tracker) {
        this.department = department;
        this.tracker = tracker;
    }

    /** Whether the name and password make a login; a wrong one counts against the name ({@link #mustWait}). */
    public boolean authenticate(String user, String password) {
        boolean known = exists(user) && user.equals(password);
        if (!known) {
            throttle.failed(user);
        }
        return known;
    }

    /**
     * How long a name must wait after {@value LoginThrottle#MAX_FAILURES} wrong passwords within a minute; its
     * password is not looked at meanwhile, right or wrong.
     */
    public Optional<Duration> mustWait(String user) {
        return throttle.waitFor(user);
    }

    public void actAs(String user) {
        current.set(user);
    }

    public void clear() {
        current.remove();
    }

    @Override
    public Optional<String> name() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public boolean exists(String user) {
        return ADMIN.equals(user) || CLIENT.equals(user) || department.get().person(user).isPresent();
    }

    /** The {@code client} login: the clients' side, no person of the department. */
    public boolean isClient(String user) {
        return CLIENT.equals(user) && department.get().person(user).isEmpty();
    }

    @Override
    public boolean isAdmin(String user) {
        return ADMIN.equals(user);
    }

    @Override
    public boolean isInGroup(String user, String group) {
        return false; // the sandbox has no groups: staff are the department's people
    }

    /** Where the people's full names come from: the demo department's, or none (logins are shown). */
    public void displayNames(Function<String, Optional<String>> names) {
        this.displayNames = names;
    }

    @Override
    public Optional<String> displayName(String user) {
        return exists(user) ? displayNames.apply(user) : Optional.empty();
    }

    /**
     * The sandbox's users a picker offers: the administrator and the department's people (not {@code client}, the
     * clients' side), by login or display name.
     */
    @Override
    public List<String> candidates(String query, int limit) {
        String asked = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return Stream.concat(Stream.of(ADMIN), department.get().people().stream().map(Person::name))
                .filter(login -> asked.isEmpty() || login.toLowerCase(Locale.ROOT).contains(asked)
                        || displayName(login).map(name -> name.toLowerCase(Locale.ROOT).contains(asked)).orElse(false))
                .distinct().limit(Math.max(0, limit)).toList();
    }

    @Override
    public boolean canBrowse(String user, String issue) {
        if (ADMIN.equals(user)) {
            return true;
        }
        DepartmentSettings settings = department.get();
        Optional<Person> person = settings.person(user);
        if (person.isEmpty()) {
            return false;
        }
        if (person.get().role() != Role.MANAGER) {
            return true;
        }
        return tracker.find(issue).map(found -> found.owner().equals(user) || found.assignee().equals(user)
                || settings.person(found.owner()).map(owner -> owner.deputies().contains(user)).orElse(false))
                .orElse(false);
    }
}
