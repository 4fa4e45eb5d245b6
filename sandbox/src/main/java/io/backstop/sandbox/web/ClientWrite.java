package io.backstop.sandbox.web;

import io.backstop.app.settings.DepartmentSettings;
import io.backstop.core.staff.Person;
import io.backstop.core.staff.Role;
import io.backstop.sandbox.tracker.SandboxTracker;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The clients' side of the sandbox's pages: the {@code client} login, or the admin acting for a client, opens a
 * request (the front page) and writes on an issue (its page), through the sandbox tracker's REST as a script would
 * ({@code backstop-sandbox/js/client-write.js}). Staff answer from Backstop's panel instead.
 */
final class ClientWrite {

    static final String SCRIPT = "sandbox/js/client-write.js";
    /** The scripts of a page with only the clients' forms. */
    static final List<String> SCRIPTS = List.of("web/js/common.js", SCRIPT);
    static final String ISSUES = "/rest/sandbox/1.0/issues";

    private ClientWrite() {
    }

    /** Where a message on the issue is posted (the key as one path segment). */
    static String commentsUrl(String key) {
        return ISSUES + "/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20") + "/comments";
    }

    /**
     * The front page's "new request" form: the department's managers to choose from (or the company's own, from
     * its latest issue, when none is chosen) and the companies the tracker knows.
     */
    static void newRequest(Map<String, Object> model, DepartmentSettings department, SandboxTracker tracker) {
        model.put("issuesUrl", ISSUES);
        model.put("issuePage", WebPages.PAGES + "/issue?key={key}");
        model.put("managers", department.people().stream().filter(p -> p.role() == Role.MANAGER)
                .map(Person::name).sorted().toList());
        model.put("clients", tracker.clients());
    }
}
