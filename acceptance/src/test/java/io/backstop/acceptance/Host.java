package io.backstop.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a scenario may do to a Backstop host, whichever it is: the sandbox jar ({@link SandboxHost}) or a live Jira
 * ({@link JiraHost}). Scenarios are written once against this interface; each host turns the calls into its own
 * tracker's REST and the shared Backstop REST ({@code /rest/backstop/1.0/}, the same paths on both hosts).
 */
public interface Host extends AutoCloseable {

    /** Who makes a call. The host knows each one's login (sandbox) or personal access token (Jira). */
    enum Who {
        /** An administrator: settings, watcher runs, audit and breaches. */
        ADMIN,
        /** The department's operator. */
        OPERATOR,
        /** A manager: the home manager of the client issues the scenarios create. */
        MANAGER,
        /** A client: not staff; what they write is a client message. */
        CLIENT
    }

    /** A status and the JSON body, or null when there is none. */
    record Answer(int status, JsonNode body) {
    }

    /** A comment on an issue as the tracker shows it. */
    record Comment(String author, boolean internal, String body) {
    }

    /**
     * The people of the test department, by login: the head, the operator, the manager who owns the client
     * issues, that manager's deputy, and (sandbox only) a manager whose issues the first may not browse.
     */
    record Cast(String head, String operator, String manager, String deputy, Optional<String> outsider) {
    }

    /**
     * How long things take on this host: {@code queueAfter} and {@code respondWithin} go into the department's
     * policy; an absence in the scenarios lasts {@code absence}; {@code tick} is the watcher interval of the test
     * department. On the sandbox these are comfortable working hours (its clock jumps); on Jira seconds (the suite
     * waits for them).
     */
    record Pace(Duration queueAfter, Duration respondWithin, Duration absence, Duration tick) {
    }

    /** {@code sandbox} or {@code jira <url>}, for messages. */
    String describe();

    Cast cast();

    Pace pace();

    /** The login of a caller. */
    String user(Who who);

    /** The host's present time (the sandbox's manual clock; Jira's clock as estimated from its answers). */
    Instant now();

    /** A client creates an issue whose home manager is {@link Cast#manager()}; answers its key. */
    String createClientIssue(String summary);

    /**
     * A client creates an issue that {@link Who#MANAGER} may not browse, or empty when this host was not given a
     * way to make one ({@link #whyNoHiddenIssue()} says what is missing).
     */
    Optional<String> createIssueHiddenFromManager(String summary);

    String whyNoHiddenIssue();

    /** A public comment (a client message or a staff reply) or an internal one (staff only; never a reply). */
    void comment(String key, Who author, boolean internal);

    /** The issue's assignee in the tracker, or null when unassigned. */
    String assignee(String key);

    List<Comment> comments(String key);

    /** A Backstop REST call; {@code path} is relative to {@code /rest/backstop/1.0/}. */
    Answer get(Who who, String path);

    Answer put(Who who, String path, JsonNode body);

    Answer post(Who who, String path, JsonNode body);

    Answer delete(Who who, String path);

    /** Time reaches {@code instant}: the sandbox moves its clock there, Jira is waited for. */
    void advanceTo(Instant instant);

    /** {@code POST watcher/run}: absence boundaries that have come, then a tick, now. */
    JsonNode runWatcher();

    /**
     * Runs the assertion until it holds: once on the sandbox (its calls are synchronous and its clock manual), for
     * a while on Jira (events and the scheduled watcher may lag).
     */
    void eventually(Runnable assertion);

    /** Stops the host and removes what the suite created. */
    @Override
    void close();
}
