package io.backstop.sandbox.tracker;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.app.access.Access;
import io.backstop.app.access.Caller;
import io.backstop.app.rest.ApiError;
import io.backstop.app.settings.SettingsService;
import io.backstop.core.validation.Problem;

/**
 * Who may write what in the sandbox tracker. The admin acts for anyone; a member of staff posts as themselves, on
 * issues they may browse, as Jira's comment resource posts as the logged-in user; the {@code client} login (the
 * clients' side of the demo, no person of the department) opens issues and writes client messages, nothing else:
 * never as someone else, never an internal note, never a reply's holding mark or a promised date.
 */
final class TrackerWriters {

    /** What only staff and the admin say with a comment or a new issue. */
    private static final String[] STAFF_ONLY = {"internal", "holding", "promise", "dueDate", "promisedOn"};

    private final Access access;
    private final SettingsService settings;

    TrackerWriters(Access access, SettingsService settings) {
        this.access = access;
        this.settings = settings;
    }

    /** The {@code client} login: signed in, neither an administrator nor one of the department's staff. */
    static boolean isClient(Caller caller) {
        return !caller.admin() && !caller.staff() && SandboxTracker.CLIENT.equals(caller.name());
    }

    /** Who may open an issue: the admin, for any client; the client login, for a client it names. */
    Caller opener() {
        Caller caller = access.caller();
        if (!caller.admin() && !isClient(caller)) {
            throw ApiError.forbidden(Problem.of("error.sandbox.clientsOpenIssues"));
        }
        return caller;
    }

    /** What the client login may not say when opening an issue (a promised date): 403 naming the field. */
    static void opening(Caller caller, JsonNode request) {
        if (isClient(caller)) {
            refuseStaffOnly(request);
        }
    }

    /** Who may comment on {@code key}: the admin, staff who may browse it, and the client login. */
    Caller commenter(String key) {
        Caller caller = access.caller();
        if (!caller.admin() && !caller.staff() && !isClient(caller)) {
            throw ApiError.forbidden(Problem.of("error.sandbox.onlyDepartmentStaff"));
        }
        if (caller.staff() && !caller.admin() && !access.canBrowse(caller, key)) {
            throw ApiError.notFound("key", Problem.of("error.input.issueYouSee", key));
        }
        return caller;
    }

    /**
     * Who the comment is by: for the admin, whoever the body names (required); for staff, themselves; for the client
     * login, the client (no staff-only fields).
     */
    String author(Caller caller, String named, JsonNode request) {
        if (isClient(caller)) {
            if (named != null && !named.equals(SandboxTracker.CLIENT)) {
                throw new ApiError(403, "author", Problem.of("error.sandbox.clientWritesClient", named));
            }
            refuseStaffOnly(request);
            return SandboxTracker.CLIENT;
        }
        if (!caller.admin()) {
            if (named != null && !named.equals(caller.name())) {
                throw new ApiError(403, "author", Problem.of("error.sandbox.staffPostThemselves", named));
            }
            return caller.name();
        }
        if (!SandboxTracker.CLIENT.equals(named) && settings.current().person(named).isEmpty()) {
            throw ApiError.badInput("author", Problem.of("error.sandbox.expectedClientPerson", named));
        }
        return named;
    }

    private static void refuseStaffOnly(JsonNode request) {
        for (String field : STAFF_ONLY) {
            JsonNode value = request.get(field);
            if (value != null && !value.isNull() && !(value.isBoolean() && !value.booleanValue())) {
                throw new ApiError(403, field, Problem.of("error.sandbox.onlyStaffSet", field));
            }
        }
    }
}
