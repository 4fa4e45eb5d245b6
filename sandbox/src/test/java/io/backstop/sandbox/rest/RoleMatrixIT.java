package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.Backstop;
import io.backstop.sandbox.host.SandboxClient;
import io.backstop.sandbox.tracker.ClockResource;
import io.backstop.sandbox.tracker.TrackerResource;
import io.backstop.sandbox.web.SandboxWeb;
import io.backstop.app.web.Screen;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Who may call what: every endpoint of both REST APIs and every screen's page against every kind of caller, as
 * one table. A second test keeps the table complete: an endpoint a resource class declares, or a page the sandbox
 * serves, without a row fails it. A third keeps docs/security.md showing the same table. To add an endpoint: one
 * {@code row(...)} line (a fixture prepares what the call needs), then paste sandbox/target/role-matrix.md into
 * the document.
 */
class RoleMatrixIT extends DepartmentIT {

    /**
     * The callers, in the order of the table's columns; the manager is ivanova. A wrong password comes with a new
     * name each call: ten wrong ones for one name within a minute make the name wait (429, {@code DoorIT}).
     */
    private static final String WRONG_PASSWORD = "(wrong password)";
    private static final List<String> CALLERS =
            List.of("admin", "head", "operator", "office", "ivanova", "(anonymous)", WRONG_PASSWORD);
    private static final AtomicInteger STRANGERS = new AtomicInteger();
    /** The screens' pages (Jira: the plugin's servlets under the same path). */
    static final String PAGES = "plugins/servlet/backstop/";
    private static final String ISSUE = "WEB-1";
    private static final String TO_RESOLVE = "WEB-2";
    /** An issue ivanova may not browse (sidorova's; ivanova is not her deputy). */
    private static final String SIDOROVAS = "WEB-3";
    private static final Map<String, Object> RESULTS_SETTINGS = Map.of("campaigns",
            List.of(Map.of("code", "ads-after-seo", "ordered", "seo", "offer", "ads")));
    private static final AtomicInteger INVOICES = new AtomicInteger();
    private static final Map<String, Object> DISMISSAL = Map.of("reason", "a question about the price, no complaint");
    /** Catalogue imports: a preview (it keeps nothing) and an apply that changes nothing (the rows after it see the
     * settings as they were). */
    private static final Map<String, Object> NORMS_PREVIEW = Map.of("csv", "code,name,minutes\n"
            + "client-question,Answer a client question,15\nmonthly-report-explanation,Explain a monthly report,30\n"
            + "complaint-handling,Handle a complaint,30\n");
    private static final Map<String, Object> CAMPAIGNS_AS_THEY_ARE = Map.of("csv", "code,ordered,offer\n"
            + "ads-after-seo,seo,ads\n");

    private static final List<Row> MATRIX = List.of(
        // method    api       path                     what the call carries            admin head oper office ivanova anon wrong
        row("GET",    BACKSTOP, "settings",              none(),                          200,  403, 403, 403,   403,    401, 401),
        row("PUT",    BACKSTOP, "settings",              body(Rest.department()),         200,  403, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "people",                none(),                          200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "people/candidates",     query("query=petr"),             200,  200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "absences",              none(),                          200,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "absences",              absenceOf("petrova"),            201,  201, 403, 201,   403,    401, 401),
        row("POST",   BACKSTOP, "absences",              absenceOf("ivanova"),            201,  201, 403, 201,   201,    401, 401),
        row("POST",   BACKSTOP, "absences",              absenceOf("operator"),           201,  201, 201, 201,   403,    401, 401),
        row("POST",   BACKSTOP, "absences",              busyOf("ivanova"),               201,  201, 403, 201,   201,    401, 401),
        row("POST",   BACKSTOP, "absences",              busyOf("petrova"),               201,  201, 403, 201,   403,    401, 401),
        row("GET",    BACKSTOP, "absences/busy",         none(),                          200,  200, 200, 200,   200,    401, 401),
        row("DELETE", BACKSTOP, "absences/{id}",         recordedAbsenceOf("petrova"),    204,  204, 403, 204,   403,    401, 401),
        row("DELETE", BACKSTOP, "absences/{id}",         recordedAbsenceOf("ivanova"),    204,  204, 403, 204,   204,    401, 401),
        row("GET",    BACKSTOP, "absences/requests",     none(),                          200,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "absences/requests",     absenceOf("ivanova"),            201,  201, 403, 403,   201,    401, 401),
        row("POST",   BACKSTOP, "absences/requests",     absenceOf("petrova"),            201,  201, 403, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "absences/requests/{id}/approve", requestOf("ivanova"),   200,  200, 403, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "absences/requests/{id}/refuse",  requestOf("ivanova"),   200,  200, 403, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "absences/requests/{id}/withdraw", askedByAdminFor("ivanova"), 200, 403, 403, 403, 200,  401, 401),
        row("POST",   BACKSTOP, "absences/requests/{id}/withdraw", ownRequestOf("ivanova"), 403, 403, 403, 403,  200,    401, 401),
        row("GET",    BACKSTOP, "absences/requests/{id}/conflicts", requestOf("ivanova"), 200,  200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "reports/absences",      none(),                          200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "onboarding/plan",       none(),                          200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "onboarding/newcomers",  none(),                          200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "queue",                 none(),                          200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "queue/promises",        none(),                          200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "mywork",                none(),                          200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "mywork",                query("person=petrova"),         200,  200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "issues/{key}/sla",      issue(ISSUE),                    200,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "issues/{key}/take",     issueAnd(ISSUE, Map.of()),       403,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "issues/{key}/reply-preview", issueAnd(ISSUE, Map.of("text", "Получили, ответим до четверга")),
                                                                                          200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "issues/{key}/reply-context", issue(ISSUE),               200,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "issues/{key}/return",   takenByTheHead(ISSUE),           403,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "issues/{key}/actions",  issue(ISSUE),                    200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "issues/{key}/actions",  issue(SIDOROVAS, "sidorova's " + SIDOROVAS),
                                                                                          200,  200, 200, 200,   404,    401, 401),
        row("GET",    BACKSTOP, "audit",                 none(),                          200,  200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "breaches",              none(),                          200,  200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "promises",              none(),                          200,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "watcher/run",           none(),                          200,  403, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "results/settings",      none(),                          200,  403, 403, 403,   403,    401, 401),
        row("PUT",    BACKSTOP, "results/settings",      body(RESULTS_SETTINGS),          200,  403, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "results/norm-hours",    none(),                          200,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "results/operations",    body(Map.of("person", "ivanova", "operation", "client-question",
                                                                      "issue", ISSUE)),   201,  201, 403, 403,   201,    401, 401),
        row("POST",   BACKSTOP, "results/operations",    sidorovasIssueFor("ivanova"),    201,  201, 403, 403,   404,    401, 401),
        row("GET",    BACKSTOP, "results/months/{month}", month("2026-11"),               200,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "results/months/{month}/close", month("2026-09"),         200,  200, 403, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "results/months/{month}/reopen", month("2026-09"),        200,  200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "results/months/{month}/late-writes", month("2026-09"),   200,  200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "results/upsells",       none(),                          200,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "results/offers",        body(offerBy("ivanova")),        201,  201, 403, 403,   201,    401, 401),
        row("POST",   BACKSTOP, "results/offers/{id}/answer", recordedOfferOf("ivanova"), 200,  200, 403, 403,   200,    401, 401),
        row("GET",    BACKSTOP, "results/campaigns/{code}", issue("ads-after-seo"),       200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "results/campaigns",     none(),                          200,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "results/campaigns/{code}/caller", onTodaysCallList("caller", "sidorova"),
                                                                                          200,  200, 403, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "results/campaigns/{code}/outcome", onTodaysCallList("outcome", "LATER"),
                                                                                          200,  200, 403, 403,   200,    401, 401),
        row("GET",    BACKSTOP, "results/offers/missing", query("client=acme"),           200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "results/debtors",       none(),                          200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "results/debtors",       query("show=all"),               200,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "results/receivables",   newReceivable(),                 201,  201, 403, 201,   403,    401, 401),
        row("POST",   BACKSTOP, "results/payments",      paymentOnNewReceivable(),        201,  201, 403, 201,   403,    401, 401),
        row("GET",    BACKSTOP, "results/complaints",    none(),                          200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "results/complaints",    query("include=unflagged"),      200,  200, 403, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "results/complaints",    body(Map.of("client", "acme", "issue", ISSUE)),
                                                                                          201,  201, 201, 201,   201,    401, 401),
        row("POST",   BACKSTOP, "results/complaints",    aboutSomeoneElse(Map.of("client", "acme", "issue", ISSUE,
                                                             "about", "petrova")),        403,  201, 403, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "results/complaints/{id}/action", flaggedAbout("ivanova"), 403, 200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "results/complaints/suspected", none(),                   200,  200, 200, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "results/complaints/suspected/{id}/confirm", suspicionOn("petrova", Map.of()),
                                                                                          403,  201, 201, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "results/complaints/suspected/{id}/dismiss", suspicionOn("petrova", DISMISSAL),
                                                                                          403,  200, 200, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "results/complaints/suspected/{id}/dismiss", suspicionOn("operator", DISMISSAL),
                                                                                          403,  200, 403, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "results/complaints/suspected/{id}/dismiss", suspicionOn("head", DISMISSAL),
                                                                                          403,  403, 403, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "results/complaints/{id}/action", flaggedAbout("head"),    403, 403, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "results/hotspots",      none(),                          200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "results/sla",           none(),                          200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "results/scorecard",     none(),                          200,  200, 200, 200,   200,    401, 401),
        // issue 17: the head's scorecard is the department's; only she, the director and administrators read it
        row("GET",    BACKSTOP, "results/scorecard",     query("person=head"),            200,  200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "results/loto-cards",    none(),                          200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "results/cheap-orders",  none(),                          200,  200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "results/dunning",       none(),                          200,  200, 200, 200,   200,    401, 401),
        // issue 17: only the client's manager, the head or the office manager dun; each call a fresh overdue client (the
        // pace allows one call per two working days)
        row("POST",   BACKSTOP, "results/dunning",       dunningCall("ivanova"),          403,  201, 403, 201,   201,    401, 401),
        row("POST",   BACKSTOP, "results/dunning",       dunningCall("petrova"),          403,  201, 403, 201,   403,    401, 401),
        row("GET",    BACKSTOP, "results/dunning/choices", query("client=acme"),          403,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "results/dunning/{id}/decision", heldClaimLetter(),       403,  200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "clients/{client}/digest", issue("acme"),                 200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "results/catalogues",    none(),                          200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "results/catalogues/{name}", issue("norms"),              200,  200, 200, 200,   200,    401, 401),
        row("GET",    BACKSTOP, "results/catalogues/{name}.csv", issue("weights"),        200,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "results/catalogues/{name}/preview", catalogue("norms", NORMS_PREVIEW),
                                                                                          200,  200, 403, 403,   403,    401, 401),
        row("PUT",    BACKSTOP, "results/catalogues/{name}", catalogue("campaigns", CAMPAIGNS_AS_THEY_ARE),
                                                                                          200,  200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "forecast",              none(),                          200,  200, 403, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "forecast/what-if",      body(Map.of("change", "threshold", "respondWithin", "PT4H")),
                                                                                          200,  200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "forecast/promotions",   none(),                          200,  200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "forecast/backtest",     none(),                          200,  200, 403, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "forecast/promotions",   body(promotionBody()),           201,  201, 403, 403,   403,    401, 401),
        row("DELETE", BACKSTOP, "forecast/promotions/{id}", promotion(),                  204,  204, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "library/entries",       none(),                          200,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "library/entries",       replyOn("ivanova"),              201,  201, 201, 201,   201,    401, 401),
        row("POST",   BACKSTOP, "library/entries",       replyOn("sidorova"),             201,  201, 201, 201,   404,    401, 401),
        row("GET",    BACKSTOP, "library/entries/{id}",  entry(null),                     200,  200, 200, 200,   200,    401, 401),
        row("POST",   BACKSTOP, "library/entries/{id}/use", entry(null),                  200,  200, 200, 200,   200,    401, 401),
        row("PUT",    BACKSTOP, "library/entries/{id}",  entry(Map.of("tags", List.of("счет"))),
                                                                                          200,  200, 403, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "library/entries/{id}/merge", entryMergedIntoAnother(),   200,  200, 403, 403,   403,    401, 401),
        row("POST",   BACKSTOP, "library/entries/{id}/retire", entry(null),               200,  200, 403, 403,   403,    401, 401),
        row("GET",    BACKSTOP, "library/missing",       none(),                          200,  200, 403, 403,   403,    401, 401),
        row("POST",   SANDBOX,  "issues",                body(Map.of("owner", "petrova", "client", "acme", "summary", "Hello")),
                                                                                          201,  403, 403, 403,   403,    401, 401),
        row("POST",   SANDBOX,  "issues/{key}/comments", issueAnd(ISSUE, Map.of("author", "client", "body", "hello")),
                                                                                          201,  403, 403, 403,   403,    401, 401),
        row("POST",   SANDBOX,  "issues/{key}/comments", issueAnd(ISSUE, Map.of("body", "We got it"), "WEB-1, as oneself"),
                                                                                          400,  201, 201, 201,   201,    401, 401),
        row("POST",   SANDBOX,  "issues/{key}/comments", issueAnd(ISSUE, Map.of("author", "petrova", "body", "Done"),
                                                             "WEB-1, as petrova"),     201,  403, 403, 403,   403,    401, 401),
        row("POST",   SANDBOX,  "issues/{key}/resolve",  issueAnd(TO_RESOLVE, Map.of()),  200,  403, 403, 403,   403,    401, 401),
        row("GET",    SANDBOX,  "issues/{key}",          issue(ISSUE),                    200,  403, 403, 403,   403,    401, 401),
        row("GET",    SANDBOX,  "clock",                 none(),                          200,  200, 200, 200,   200,    401, 401),
        row("POST",   SANDBOX,  "clock",                 body(Map.of("settle", true)),    200,  403, 403, 403,   403,    401, 401),
        // pages: a visitor without a login is sent to the login form (303); wrong credentials are refused (401)
        row("GET",    PAGES,    "queue",                 none(),                          200,  200, 200, 200,   200,    303, 401),
        row("GET",    PAGES,    "admin",                 none(),                          200,  403, 403, 403,   403,    303, 401),
        row("GET",    PAGES,    "issue",                 query("key=" + ISSUE),           200,  200, 200, 200,   200,    303, 401),
        row("GET",    PAGES,    "dashboard",             none(),                          200,  200, 200, 200,   200,    303, 401),
        row("GET",    PAGES,    "mywork",                none(),                          200,  200, 200, 200,   200,    303, 401),
        row("GET",    PAGES,    "absences",              none(),                          200,  200, 200, 200,   200,    303, 401),
        row("GET",    PAGES,    "catalogues",            none(),                          200,  200, 200, 200,   200,    303, 401)
    );

    /**
     * What the {@code client} login (the clients' side of the sandbox) gets where it is not refused, by row; every
     * other row refuses it (403, or 404 for an issue it may not see). Kept beside the table rather than as a column,
     * so that rows added elsewhere are checked for the client too without each naming it.
     */
    private static final Map<String, Integer> CLIENT_REACHES = Map.of(
            "POST " + SANDBOX + "issues", 201,
            "POST " + SANDBOX + "issues/{key}/comments (WEB-1)", 201,
            "POST " + SANDBOX + "issues/{key}/comments (WEB-1, as oneself)", 201,
            "GET " + PAGES + "issue (?key=WEB-1)", 200);

    @BeforeAll
    static void startTheDepartment() throws Exception {
        calls.clockTo(Rest.at("2026-11-02T10:00"));
        calls.createIssue(ISSUE, "ivanova");
        calls.createIssue(TO_RESOLVE, "petrova");
        calls.createIssue(SIDOROVAS, "sidorova");
        Rest.Calls.ok(client.put("admin", BACKSTOP + "results/settings", RESULTS_SETTINGS), "PUT results/settings");
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsTheStatusOfTheTable() {
        return MATRIX.stream().flatMap(row -> IntStream.range(0, CALLERS.size()).mapToObj(column -> {
            String caller = CALLERS.get(column);
            int expected = row.statuses[column];
            return DynamicTest.dynamicTest(row + " as " + caller + " -> " + expected, () -> {
                Call call = row.fixture.apply(calls);
                String path = row.api + call.path(row.template);
                String user = caller.equals(WRONG_PASSWORD) ? "stranger" + STRANGERS.incrementAndGet() + ":wrong"
                        : caller.startsWith("(") ? null : caller;
                if (row.api.equals(PAGES)) {
                    SandboxClient.Page page = client.page(user, path);
                    assertThat(page.status()).as("GET %s as %s", path, caller).isEqualTo(expected);
                    if (expected == 200) {
                        assertThat(page.body()).as("a page").contains("<html");
                    }
                    return;
                }
                if (row.template.endsWith(".csv")) { // a file, not JSON: its status, and its header when given
                    SandboxClient.Page file = client.page(user, path);
                    assertThat(file.status()).as("GET %s as %s", path, caller).isEqualTo(expected);
                    if (expected == 200) {
                        assertThat(file.body()).startsWith("role,component,weight");
                    }
                    return;
                }
                SandboxClient.Answer answer = switch (row.method) {
                    case "GET" -> client.get(user, path);
                    case "POST" -> client.post(user, path, call.body == null ? "" : call.body);
                    case "PUT" -> client.put(user, path, call.body);
                    case "DELETE" -> client.delete(user, path);
                    default -> throw new IllegalStateException(row.method);
                };
                assertThat(answer.status()).as("%s %s as %s: %s", row.method, path, caller, answer.body())
                        .isEqualTo(expected);
                if (expected >= 400) {
                    assertThat(answer.body().path("error").isTextual()).as("an error body: " + answer.body()).isTrue();
                }
            });
        }));
    }

    @TestFactory
    Stream<DynamicTest> theClientLoginReachesOnlyTheClientsSide() {
        return MATRIX.stream().map(row -> {
            String key = row.endpoint() + (row.what.isEmpty() ? "" : " (" + row.what + ")");
            Integer reaches = CLIENT_REACHES.get(key);
            return DynamicTest.dynamicTest(key + " as client -> " + (reaches == null ? "refused" : reaches), () -> {
                Call call = row.fixture.apply(calls);
                String path = row.api + call.path(row.template);
                int status = row.api.equals(PAGES) || row.template.endsWith(".csv") ? client.page("client", path).status()
                        : switch (row.method) {
                    case "GET" -> client.get("client", path).status();
                    case "POST" -> client.post("client", path, call.body == null ? "" : call.body).status();
                    case "PUT" -> client.put("client", path, call.body).status();
                    case "DELETE" -> client.delete("client", path).status();
                    default -> throw new IllegalStateException(row.method);
                };
                if (reaches == null) {
                    assertThat(status).as("%s %s as client", row.method, path).isIn(403, 404);
                } else {
                    assertThat(status).as("%s %s as client", row.method, path).isEqualTo(reaches);
                }
            });
        });
    }

    @Test
    void theClientsSideNamesRowsOfTheTable() {
        assertThat(MATRIX.stream().map(row -> row.endpoint() + (row.what.isEmpty() ? "" : " (" + row.what + ")")))
                .containsAll(CLIENT_REACHES.keySet());
    }

    @Test
    void everyEndpointOfTheResourceClassesHasARowAndEveryRowAnEndpoint() {
        Set<String> declared = new TreeSet<>(endpoints(BACKSTOP, Backstop.REST_CLASSES));
        declared.addAll(endpoints(SANDBOX, List.of(TrackerResource.class, ClockResource.class)));
        SandboxWeb.pages().forEach(page -> declared.add("GET " + PAGES + page));
        Set<String> tabled = MATRIX.stream().map(Row::endpoint).collect(Collectors.toCollection(TreeSet::new));

        assertThat(declared).as("endpoints the resource classes declare").hasSizeGreaterThanOrEqualTo(21);
        assertThat(tabled).as("rows of the role matrix (add a row for each endpoint missing here)")
                .containsAll(declared);
        assertThat(declared).as("endpoints the resource classes declare (a row names one that does not exist)")
                .containsAll(tabled);
        assertThat(SandboxWeb.screens().values()).as("every screen has a page (and so a row)")
                .containsExactlyInAnyOrder(Screen.values());
    }

    /**
     * docs/security.md shows this table between its markers, so the document cannot drift from what is tested.
     * When it fails, target/role-matrix.md holds the table to paste.
     */
    @Test
    void theSecurityDocumentShowsThisTable() throws java.io.IOException {
        String table = markdown();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "role-matrix.md"), table);
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "security.md"));
        int start = doc.indexOf(DOC_START);
        int end = doc.indexOf(DOC_END);
        assertThat(start).as("docs/security.md has " + DOC_START).isNotNegative();
        assertThat(end).as("docs/security.md has " + DOC_END).isGreaterThan(start);
        assertThat(doc.substring(start + DOC_START.length(), end).strip())
                .as("the role table of docs/security.md (the current one is in sandbox/target/role-matrix.md)")
                .isEqualTo(table.strip());
    }

    static final String DOC_START = "<!-- role-matrix:start -->";
    static final String DOC_END = "<!-- role-matrix:end -->";

    /** The matrix as a Markdown table, one row per row, one column per caller. */
    static String markdown() {
        StringBuilder out = new StringBuilder("| Call | Case |");
        CALLERS.forEach(caller -> out.append(' ').append(caller.equals("ivanova") ? "ivanova (manager)"
                : caller.equals(WRONG_PASSWORD) ? "wrong password" : caller).append(" |"));
        out.append("\n|---|---|");
        CALLERS.forEach(caller -> out.append("---|"));
        out.append('\n');
        for (Row row : MATRIX) {
            out.append("| `").append(row.method).append(" /").append(row.api).append(row.template).append("` | ")
                    .append(row.what).append(" |");
            for (int status : row.statuses) {
                out.append(' ').append(status).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** "METHOD api/path" for every resource method of the classes, from their JAX-RS annotations. */
    private static List<String> endpoints(String api, List<Class<?>> classes) {
        List<String> found = new ArrayList<>();
        for (Class<?> type : classes) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue; // a provider, not a resource
            }
            for (Method method : type.getMethods()) {
                String httpMethod = null;
                for (Annotation annotation : method.getAnnotations()) {
                    HttpMethod marker = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (marker != null) {
                        httpMethod = marker.value();
                    }
                }
                if (httpMethod == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                found.add(httpMethod + " " + api + join(classPath.value(), methodPath == null ? "" : methodPath.value()));
            }
        }
        return found;
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).flatMap(part -> Arrays.stream(part.split("/")))
                .filter(segment -> !segment.isEmpty()).collect(Collectors.joining("/"));
    }

    // The table's vocabulary.

    private record Row(String method, String api, String template, Function<Rest.Calls, Call> fixture,
                       String what, int[] statuses) {

        String endpoint() {
            return method + " " + api + template;
        }

        @Override
        public String toString() {
            return method + " " + template + (what.isEmpty() ? "" : " (" + what + ")");
        }
    }

    /** A concrete call: values for the template's {key} or {id}, and a body. */
    private record Call(String key, String id, Object body, String query) {

        Call(String key, String id, Object body) {
            this(key, id, body, null);
        }

        String path(String template) {
            String path = template;
            if (key != null) {
                path = path.replace("{key}", key);
            }
            if (id != null) {
                path = path.replace("{id}", id);
            }
            if (key != null) {
                path = path.replace("{code}", key).replace("{client}", key).replace("{name}", key)
                        .replace("{month}", key);
            }
            return query == null ? path : path + "?" + query;
        }
    }

    private record Fixture(String what, Function<Rest.Calls, Call> prepare) {
    }

    private static Row row(String method, String api, String template, Fixture fixture, int... statuses) {
        if (statuses.length != CALLERS.size()) {
            throw new IllegalArgumentException(method + " " + template + ": one status per caller");
        }
        return new Row(method, api, template, fixture.prepare, fixture.what, statuses);
    }

    /** The issue, held by the head (taken from its owner) before each call, as "return to the owner" needs. */
    private static Fixture takenByTheHead(String key) {
        return new Fixture(key + ", held by the head", calls -> {
            Rest.Calls.ok(calls.client.post("head", BACKSTOP + "issues/" + key + "/take", Map.of()), "head takes " + key);
            return new Call(key, null, Map.of());
        });
    }

    /** A month, as {@code results/months/{month}} takes it (closing September changes nothing else here). */
    private static Fixture month(String month) {
        return new Fixture(month, calls -> new Call(month, null, Map.of()));
    }

    /** Work for ivanova on sidorova's issue, which ivanova may not browse (issue 17: 404, as every issue call). */
    private static Fixture sidorovasIssueFor(String person) {
        return new Fixture("on sidorova's " + SIDOROVAS, calls -> new Call(null, null, Map.of("person", person,
                "operation", "client-question", "issue", SIDOROVAS)));
    }

    private static Fixture none() {
        return new Fixture("", calls -> new Call(null, null, null));
    }

    private static Fixture query(String query) {
        return new Fixture("?" + query, calls -> new Call(null, null, null, query));
    }

    private static Fixture body(Object body) {
        return new Fixture("", calls -> new Call(null, null, body));
    }

    private static Fixture issue(String key) {
        return new Fixture(key, calls -> new Call(key, null, null));
    }

    /** A catalogue's path and an import of it. */
    private static Fixture catalogue(String name, Object body) {
        return new Fixture(name, calls -> new Call(name, null, body));
    }

    private static Fixture issue(String key, String what) {
        return new Fixture(what, calls -> new Call(key, null, null));
    }

    private static Fixture issueAnd(String key, Object body) {
        return issueAnd(key, body, key);
    }

    private static Fixture issueAnd(String key, Object body, String what) {
        return new Fixture(what, calls -> new Call(key, null, body));
    }

    /** An absence years ahead, so that recording it changes nothing else in the department. */
    private static Map<String, String> farAbsence(String person) {
        return Map.of("person", person, "from", "2030-01-10T00:00:00+03:00", "to", "2030-01-11T00:00:00+03:00");
    }

    private static Fixture absenceOf(String person) {
        return new Fixture(person + "'s", calls -> new Call(null, null, farAbsence(person)));
    }

    /**
     * Busy time of the person's (kind BUSY) tomorrow morning, within the working day it may reach; theirs from an
     * earlier call is removed first, so each call marks new busy time (201) and none is in force meanwhile.
     */
    private static Fixture busyOf(String person) {
        return new Fixture(person + "'s busy time", calls -> {
            for (com.fasterxml.jackson.databind.JsonNode a : calls.get("admin", BACKSTOP + "absences")) {
                if (a.path("person").asText().equals(person) && a.path("kind").asText().equals("BUSY")) {
                    Rest.Calls.ok(calls.client.delete("admin", BACKSTOP + "absences/" + a.path("id").asText()),
                            "DELETE busy time");
                }
            }
            java.time.Instant now = calls.now();
            return new Call(null, null, Map.of("person", person, "kind", "BUSY",
                    "from", now.plus(java.time.Duration.ofHours(23)).toString(),
                    "to", now.plus(java.time.Duration.ofMinutes(23 * 60 + 30)).toString()));
        });
    }

    private static Map<String, Object> offerBy(String person) {
        return Map.of("issue", ISSUE, "client", "acme", "basis", "site-support", "service", "seo",
                "amountKopecks", 1_500_000, "by", person);
    }

    private static Fixture recordedOfferOf(String person) {
        return new Fixture(person + "'s", calls -> new Call(null, Rest.Calls.ok(calls.client.post("admin",
                BACKSTOP + "results/offers", offerBy(person)), "POST offer").get("id").asText(),
                Map.of("status", "ACCEPTED")));
    }

    private static Map<String, Object> invoice() {
        return Map.of("id", "INV-" + INVOICES.incrementAndGet(), "client", "acme", "manager", "ivanova",
                "amountKopecks", 1_000_000, "issuedOn", "2026-10-01", "dueOn", "2026-10-15");
    }

    private static final AtomicInteger CALLEES = new AtomicInteger();

    /**
     * A new client of ivanova's who ordered SEO yesterday (paid in 30 days, so owing nothing overdue): a row to call
     * on today's list of ads-after-seo, written {@code {client, field: value}}; a new one for each call.
     */
    private static Fixture onTodaysCallList(String field, String value) {
        return new Fixture("ads-after-seo, ivanova's client on today's list", calls -> {
            String client = "callee-" + CALLEES.incrementAndGet();
            java.time.LocalDate yesterday = calls.now().atZone(java.time.ZoneId.of("Europe/Moscow")).toLocalDate()
                    .minusDays(1);
            Rest.Calls.ok(calls.client.post("admin", BACKSTOP + "results/receivables", Map.of("id", "SEO-" + client,
                    "client", client, "manager", "ivanova", "service", "seo", "amountKopecks", 1_000_000,
                    "issuedOn", yesterday.toString(), "dueOn", yesterday.plusDays(30).toString())), "POST invoice");
            return new Call("ads-after-seo", null, Map.of("client", client, field, value));
        });
    }

    private static Fixture newReceivable() {
        return new Fixture("a new invoice", calls -> new Call(null, null, invoice()));
    }

    private static Fixture paymentOnNewReceivable() {
        return new Fixture("on a new invoice", calls -> new Call(null, null, Map.of("receivable",
                Rest.Calls.ok(calls.client.post("admin", BACKSTOP + "results/receivables", invoice()), "POST invoice")
                        .get("id").asText(), "amountKopecks", 100, "paidOn", "2026-11-02")));
    }

    /** Closing, with a reason, a complaint the head flagged about {@code person} on ivanova's issue. */
    private static Fixture flaggedAbout(String person) {
        return new Fixture("a complaint about " + person, calls -> new Call(null, Rest.Calls.ok(calls.client.post(
                "head", BACKSTOP + "results/complaints", Map.of("client", "acme", "issue", ISSUE, "about", person)),
                "flag").get("id").asText(), Map.of("action", "CLOSE", "reason", "apologised")));
    }

    /** A complaint on ivanova's issue said to be about someone else (only the head or the director may). */
    private static Fixture aboutSomeoneElse(Object body) {
        return new Fixture("naming someone but the client's manager", calls -> new Call(null, null, body));
    }

    private static final AtomicInteger SUSPECTED = new AtomicInteger(200);

    /**
     * A fresh issue of {@code owner}'s whose client opened it with a lexicon word: its suspicion, with the body. A
     * suspicion about the head waits for the director (none here), one about the operator for the head.
     */
    private static Fixture suspicionOn(String owner, Object body) {
        return new Fixture("a suspicion on " + owner + "'s issue", calls -> {
            String key = "WEB-" + SUSPECTED.incrementAndGet();
            calls.createIssue(Map.of("key", key, "owner", owner, "client", "acme", "summary", "Безобразие, сайт лежит"));
            for (com.fasterxml.jackson.databind.JsonNode s : calls.get("admin", BACKSTOP + "results/complaints/suspected")) {
                if (s.path("issue").asText().equals(key)) {
                    return new Call(null, s.path("id").asText(), body);
                }
            }
            throw new AssertionError("no suspicion on " + key);
        });
    }

    /** A manager's claim letter to a new large client, held for the head's approval. */
    private static Fixture heldClaimLetter() {
        return new Fixture("a held claim letter", calls -> {
            String client = "big-" + INVOICES.incrementAndGet();
            Rest.Calls.ok(calls.client.post("admin", BACKSTOP + "results/receivables", Map.of("id", client,
                    "client", client, "manager", "petrova", "amountKopecks", 60_000_000, "issuedOn", "2026-10-01",
                    "dueOn", "2026-10-15")), "POST invoice");
            String id = Rest.Calls.ok(calls.client.post("petrova", BACKSTOP + "results/dunning", Map.of("client", client,
                    "action", "CLAIM_LETTER")), "POST dunning").get("id").asText();
            return new Call(null, id, Map.of("approve", true));
        });
    }

    /** A call to a new client of {@code manager}'s with money overdue: each call its own client, so the pace allows it. */
    private static Fixture dunningCall(String manager) {
        return new Fixture("a call to " + manager + "'s overdue client", calls -> {
            String client = "owes-" + INVOICES.incrementAndGet();
            Rest.Calls.ok(calls.client.post("admin", BACKSTOP + "results/receivables", Map.of("id", client,
                    "client", client, "manager", manager, "amountKopecks", 1_000_000, "issuedOn", "2026-10-01",
                    "dueOn", "2026-10-15")), "POST invoice");
            return new Call(null, null, Map.of("client", client, "action", "CALL"));
        });
    }

    /** A request waiting for the head, made by an administrator on the person's behalf. */
    private static Fixture requestOf(String person) {
        return new Fixture(person + "'s", calls -> new Call(null, Rest.Calls.ok(calls.client.post("admin",
                BACKSTOP + "absences/requests", farAbsence(person)), "POST absence request").get("id").asText(),
                null));
    }

    /** {@link #requestOf}, named for a withdrawal: who asked (admin) and whose it is may both take it back. */
    private static Fixture askedByAdminFor(String person) {
        return new Fixture(person + "'s, asked by admin", requestOf(person).prepare());
    }

    /** A request waiting for the head, asked by the person themself. */
    private static Fixture ownRequestOf(String person) {
        return new Fixture(person + "'s own", calls -> new Call(null, Rest.Calls.ok(calls.client.post(person,
                BACKSTOP + "absences/requests", farAbsence(person)), "POST own absence request").get("id").asText(),
                null));
    }

    private static final AtomicInteger ANSWERED = new AtomicInteger(100);

    /** A fresh issue of {@code owner}'s with a client's question and the owner's reply. */
    private static String answeredIssue(Rest.Calls calls, String owner) {
        String key = "WEB-" + ANSWERED.incrementAndGet();
        calls.createIssue(key, owner);
        calls.comment(key, "client", false);
        calls.comment(key, owner, false);
        return key;
    }

    private static Fixture replyOn(String owner) {
        return new Fixture("a reply on " + owner + "'s issue",
                calls -> new Call(null, null, Map.of("issue", answeredIssue(calls, owner))));
    }

    private static String markedEntry(Rest.Calls calls) {
        return Rest.Calls.ok(calls.client.post("admin", BACKSTOP + "library/entries",
                Map.of("issue", answeredIssue(calls, "ivanova"))), "mark").get("id").asText();
    }

    private static Map<String, Object> promotionBody() {
        return Map.of("name", "Black Friday", "from", "2026-11-27", "to", "2026-11-30", "percent", 40);
    }

    private static Fixture promotion() {
        return new Fixture("a promotion the admin entered", calls -> new Call(null, Rest.Calls.ok(calls.client.post(
                "admin", BACKSTOP + "forecast/promotions", promotionBody()), "promotion").get("id").asText(), null));
    }

    private static Fixture entry(Object body) {
        return new Fixture("an entry from ivanova's issue", calls -> new Call(null, markedEntry(calls), body));
    }

    private static Fixture entryMergedIntoAnother() {
        return new Fixture("into another entry", calls -> {
            String into = markedEntry(calls);
            return new Call(null, markedEntry(calls), Map.of("into", Long.parseLong(into)));
        });
    }

    private static Fixture recordedAbsenceOf(String person) {
        return new Fixture(person + "'s", calls -> new Call(null, calls.absence(farAbsence(person)).get("id").asText(),
                null));
    }
}
