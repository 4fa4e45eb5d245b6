package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.SANDBOX;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.sandbox.host.SandboxClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What a sandbox answered 2xx, written down by writers in parallel, and the check of a restarted sandbox against
 * it: every acknowledged write is there, and no write is torn (an open issue without a clock, a resolved issue
 * still open in Backstop or in the queue), acknowledged or not.
 */
final class AcknowledgedWrites {

    private final Set<String> attempted = ConcurrentHashMap.newKeySet();
    private final Set<String> issues = ConcurrentHashMap.newKeySet();
    private final Map<String, String> comments = new ConcurrentHashMap<>();
    private final Set<String> resolved = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> absences = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> clock = new AtomicReference<>(Instant.MIN);

    void attempted(String key) {
        attempted.add(key);
    }

    void issue(String key) {
        issues.add(key);
    }

    void comment(String key, String body) {
        comments.put(key, body);
    }

    void resolved(String key) {
        resolved.add(key);
    }

    void absence(String person, Instant from) {
        absences.put(person + "@" + from, from);
    }

    void clockAt(Instant now) {
        clock.accumulateAndGet(now, (a, b) -> a.isAfter(b) ? a : b);
    }

    int count() {
        return issues.size() + comments.size() + resolved.size() + absences.size()
                + (clock.get().equals(Instant.MIN) ? 0 : 1);
    }

    /** What the sandbox behind {@code client} lost or tore, one line each; empty when nothing. */
    List<String> problems(SandboxClient client) {
        List<String> problems = new ArrayList<>();
        Set<String> queue = new HashSet<>(Rest.field(get(client, "operator", BACKSTOP + "queue"), "issue"));
        for (String key : attempted) {
            SandboxClient.Answer issue = client.get("admin", SANDBOX + "issues/" + key);
            if (issue.status() == 404) {
                if (issues.contains(key)) {
                    problems.add("acknowledged issue " + key + " is gone");
                }
                continue;
            }
            problems.addAll(issueProblems(client, key, issue.body(), queue));
        }
        Set<String> stored = new HashSet<>();
        get(client, "admin", BACKSTOP + "absences").forEach(a -> stored.add(a.path("person").asText() + "@"
                + Rest.instant(a.path("from"))));
        absences.keySet().stream().filter(a -> !stored.contains(a))
                .forEach(a -> problems.add("acknowledged absence " + a + " is gone"));
        Instant now = Rest.instant(get(client, "admin", SANDBOX + "clock").get("now"));
        if (now.isBefore(clock.get())) {
            problems.add("the clock went back from the acknowledged " + clock.get() + " to " + now);
        }
        return problems;
    }

    private List<String> issueProblems(SandboxClient client, String key, JsonNode issue, Set<String> queue) {
        List<String> problems = new ArrayList<>();
        String body = comments.get(key);
        if (body != null && !issue.path("comments").toString().contains(body)) {
            problems.add("acknowledged comment on " + key + " is gone");
        }
        boolean resolvedInTracker = issue.path("status").asText().equals("RESOLVED");
        if (resolved.contains(key) && !resolvedInTracker) {
            problems.add("acknowledged resolution of " + key + " is gone");
        }
        SandboxClient.Answer sla = client.get("admin", BACKSTOP + "issues/" + key + "/sla");
        if (!resolvedInTracker && sla.status() != 200) {
            problems.add("torn: open issue " + key + " has no clock (" + sla.status() + ")");
        }
        if (resolvedInTracker && (sla.status() == 200 && sla.body().path("open").asBoolean() || queue.contains(key))) {
            problems.add("torn: resolved issue " + key + " is still open in Backstop");
        }
        return problems;
    }

    private static JsonNode get(SandboxClient client, String user, String path) {
        return Rest.Calls.ok(client.get(user, path), "GET " + path);
    }
}
