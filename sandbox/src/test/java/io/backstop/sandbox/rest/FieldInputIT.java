package io.backstop.sandbox.rest;

import static io.backstop.sandbox.rest.Rest.BACKSTOP;
import static io.backstop.sandbox.rest.Rest.SANDBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.Backstop;
import io.backstop.sandbox.tracker.ClockResource;
import io.backstop.sandbox.tracker.TrackerResource;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One bad-input table for every field of every endpoint of both REST APIs: body fields, query parameters and path
 * parameters. Each case sends one bad value (wrong type, out of range, too long, a date that is not one, an
 * unknown person, JSON that is not JSON, a huge body) and expects a 400 naming the field (a 404 naming it for a
 * path parameter that names nothing; 413 naming {@code (body)} for a body the sandbox will not read), then reads
 * back everything the department holds and finds it unchanged.
 *
 * <p>A second test keeps the table complete: every {@code @QueryParam}/{@code @PathParam} of every resource method,
 * every body field a resource method reads (from its source: {@code Fields.text(request, "x")} and the like), and
 * every top-level field of the two settings documents must have a case. A new field without one fails it.
 */
class FieldInputIT extends DepartmentIT {

    private static final String ISSUE = "WEB-1";
    private static final String LONG = "x".repeat(256);
    private static final String REMOVE = "(remove)";
    private static final Map<String, Object> RESULTS_SETTINGS = Map.of("campaigns",
            List.of(Map.of("code", "ads-after-seo", "ordered", "seo", "offer", "ads")));

    /** A valid body per endpoint with one: each case changes one field of it. */
    private static final Map<String, Map<String, Object>> VALID = new LinkedHashMap<>();
    /** Who makes each endpoint's calls (admin unless the endpoint is for the staff). */
    private static final Map<String, String> CALLER = Map.of(
            "POST " + BACKSTOP + "issues/{key}/take", "head",
            "POST " + BACKSTOP + "issues/{key}/return", "head",
            "POST " + BACKSTOP + "results/complaints/{id}/action", "head",
            "POST " + BACKSTOP + "results/complaints/suspected/{id}/confirm", "head",
            "POST " + BACKSTOP + "results/complaints/suspected/{id}/dismiss", "head",
            "POST " + BACKSTOP + "results/dunning", "head",
            "POST " + BACKSTOP + "results/dunning/{id}/decision", "head",
            "GET " + BACKSTOP + "promises", "head");

    static {
        VALID.put("POST " + BACKSTOP + "absences", Map.of("person", "petrova",
                "from", "2030-01-10T00:00:00+03:00", "to", "2030-01-11T00:00:00+03:00", "kind", "VACATION"));
        VALID.put("POST " + BACKSTOP + "absences/requests", Map.of("person", "ivanova",
                "from", "2030-02-10T15:00:00+03:00", "to", "2030-02-10T18:00:00+03:00", "kind", "STUDY",
                "reason", "driving school"));
        VALID.put("POST " + BACKSTOP + "forecast/what-if", Map.of("change", "threshold", "respondWithin", "PT4H",
                "from", "2026-11-01", "to", "2026-11-02"));
        VALID.put("POST " + BACKSTOP + "forecast/promotions", Map.of("name", "Black Friday", "from", "2026-11-27",
                "to", "2026-11-30", "percent", 40));
        VALID.put("POST " + BACKSTOP + "library/entries", Map.of("issue", "LIB-1", "service", "seo",
                "operation", "client-question", "tags", List.of("report")));
        VALID.put("PUT " + BACKSTOP + "library/entries/{id}", Map.of("question", "Where is the report?",
                "answer", "In your inbox.", "service", "seo", "operation", "client-question", "tags", List.of("report")));
        VALID.put("POST " + BACKSTOP + "library/entries/{id}/merge", Map.of("into", 1));
        VALID.put("POST " + BACKSTOP + "issues/{key}/take", Map.of("expectedAssignee", "ivanova"));
        VALID.put("POST " + BACKSTOP + "issues/{key}/return", Map.of("expectedAssignee", "head"));
        VALID.put("POST " + BACKSTOP + "issues/{key}/reply-preview", Map.of("text", "Получили, ответим до четверга"));
        VALID.put("POST " + BACKSTOP + "results/operations", Map.of("person", "ivanova", "day", "2026-11-02",
                "operation", "client-question", "count", 1, "client", "acme"));
        VALID.put("POST " + BACKSTOP + "results/offers", Map.of("issue", ISSUE, "client", "acme",
                "basis", "site-support", "service", "seo", "amountKopecks", 1000, "by", "ivanova",
                "status", "PRESENTED", "at", "2026-11-02T10:00:00+03:00"));
        VALID.put("POST " + BACKSTOP + "results/offers/{id}/answer", Map.of("status", "ACCEPTED"));
        // issue 17 (sales): "callee" ordered SEO on Oct 20 (see the fixture), a row of today's ads-after-seo list
        VALID.put("POST " + BACKSTOP + "results/campaigns/{code}/caller", Map.of("client", "callee",
                "caller", "petrova"));
        VALID.put("POST " + BACKSTOP + "results/campaigns/{code}/outcome", Map.of("client", "callee",
                "outcome", "LATER"));
        VALID.put("POST " + BACKSTOP + "results/receivables", Map.of("id", "INV-NEW", "client", "acme",
                "manager", "ivanova", "service", "seo", "amountKopecks", 1000, "issuedOn", "2026-10-01",
                "dueOn", "2026-10-15"));
        VALID.put("POST " + BACKSTOP + "results/payments", Map.of("receivable", "INV-1", "amountKopecks", 100,
                "paidOn", "2026-11-02"));
        VALID.put("POST " + BACKSTOP + "results/complaints", Map.of("client", "acme", "issue", ISSUE,
                "comment", "late again", "about", "ivanova", "at", "2026-11-02T10:00:00+03:00"));
        VALID.put("POST " + BACKSTOP + "results/complaints/suspected/{id}/confirm", Map.of("about", "ivanova",
                "comment", "the third reminder", "client", "acme"));
        VALID.put("POST " + BACKSTOP + "results/complaints/suspected/{id}/dismiss", Map.of("reason", "a question"));
        VALID.put("POST " + BACKSTOP + "results/complaints/{id}/action", Map.of("action", "CLOSE",
                "reason", "apologised and fixed"));
        VALID.put("POST " + BACKSTOP + "results/dunning", Map.of("client", "acme", "action", "CALL"));
        VALID.put("POST " + BACKSTOP + "results/dunning/{id}/decision", Map.of("approve", true));
        // imports that change nothing (the norm as it is; the campaign RESULTS_SETTINGS holds)
        VALID.put("POST " + BACKSTOP + "results/catalogues/{name}/preview", Map.of("csv",
                "code,name,minutes\nclient-question,Answer a client question,15\n"
            + "monthly-report-explanation,Explain a monthly report,30\ncomplaint-handling,Handle a complaint,30\n"));
        VALID.put("PUT " + BACKSTOP + "results/catalogues/{name}", Map.of("csv",
                "code,ordered,offer\nads-after-seo,seo,ads\n"));
        // a client the tracker does not know: for a known one (acme, of SUS-1) the owner may be left out
        VALID.put("POST " + SANDBOX + "issues", Map.of("key", "NEW-1", "owner", "ivanova", "issueType", "Task",
                "priority", "High", "client", "newco", "summary", "hello"));
        VALID.put("POST " + SANDBOX + "issues/{key}/comments", Map.of("author", "client", "body", "hello",
                "internal", false));
        VALID.put("POST " + SANDBOX + "clock", Map.of()); // exactly one of its fields: each case sends one
    }

    private static final List<Case> CASES = new ArrayList<>();

    static {
        String absences = "POST " + BACKSTOP + "absences";
        body(absences, "person", REMOVE, 5, "", LONG, "nobody", "petrova\u0000", " petrova", "petrova\u202E");
        body(absences, "from", "tomorrow", "2026-11-03", 7, "1999-12-31T00:00:00+03:00");
        body(absences, "to", "2026-11-04", "in two days", "+99999-01-01T00:00:00Z");
        body(absences, "until", "next week", "2101-01-01");
        body(absences, "kind", "HOLIDAY", 2, LONG);
        raw(absences, "{\"person\": ", "[]", "", "null");
        huge(absences);
        path("DELETE " + BACKSTOP + "absences/{id}", "id", 400, "abc", "1.5", "99999999999");
        path("DELETE " + BACKSTOP + "absences/{id}", "id", 404, "999");

        String requests = "POST " + BACKSTOP + "absences/requests";
        body(requests, "person", 5, "", LONG, "nobody");
        body(requests, "from", REMOVE, "tomorrow", 7, "1999-12-31T00:00:00+03:00");
        body(requests, "to", REMOVE, "later", "2030-02-10T14:00:00+03:00");
        body(requests, "kind", "HOLIDAY", 2);
        body(requests, "reason", 5, "x".repeat(201));
        raw(requests, "{", "[]", "");
        huge(requests);
        for (String decision : List.of("approve", "refuse", "withdraw")) {
            path("POST " + BACKSTOP + "absences/requests/{id}/" + decision, "id", 400, "abc");
            path("POST " + BACKSTOP + "absences/requests/{id}/" + decision, "id", 404, "999");
        }
        path("GET " + BACKSTOP + "absences/requests/{id}/conflicts", "id", 400, "abc", "1.5");
        path("GET " + BACKSTOP + "absences/requests/{id}/conflicts", "id", 404, "999");
        query("GET " + BACKSTOP + "mywork", "person", LONG, "nobody");
        query("GET " + BACKSTOP + "people/candidates", "query", LONG);
        query("GET " + BACKSTOP + "forecast", "weeks", "0", "27", "many", "-1", "1.5");
        query("GET " + BACKSTOP + "forecast/backtest", "weeks", "0", "53", "many", "-1", "1.5");
        String whatIf = "POST " + BACKSTOP + "forecast/what-if";
        body(whatIf, "change", REMOVE, "faster", 5);
        body(whatIf, "respondWithin", REMOVE, "4 hourz", "4", "2w", 5, "PT1000000H", "PT400000H", "1000000h", "-PT1H");
        body(whatIf, "queueAfter", "soon", 5);
        body(whatIf, "from", "yesterday", "2026-02-30", "1999-12-31");
        body(whatIf, "to", "tomorrow", "2101-01-01");
        whole(whatIf, "person", Map.of("change", "operator"));
        whole(whatIf, "person", Map.of("change", "operator", "person", "nobody"));
        whole(whatIf, "person", Map.of("change", "operator", "person", LONG));
        whole(whatIf, "name", Map.of("change", "manager", "name", 5));
        whole(whatIf, "name", Map.of("change", "manager", "name", LONG));
        // the what-if that decides who answers (issue 21): the operator's queue, a stand-in, the seed
        whole(whatIf, "queueAfter", Map.of("change", "operator", "person", "office", "queueAfter", "soon"));
        whole(whatIf, "queueAfter", Map.of("change", "operator", "person", "office", "queueAfter", "-PT5M"));
        whole(whatIf, "person", Map.of("change", "operator", "person", "operator"));
        whole(whatIf, "name", Map.of("change", "standIn", "name", "ivanova"));
        whole(whatIf, "name", Map.of("change", "standIn", "name", LONG));
        whole(whatIf, "seed", Map.of("change", "standIn", "seed", "lucky"));
        whole(whatIf, "seed", Map.of("change", "manager", "seed", -1));
        whole(whatIf, "seed", Map.of("change", "manager", "seed", 1.5));
        raw(whatIf, "{", "[]", "");
        huge(whatIf);

        String promotions = "POST " + BACKSTOP + "forecast/promotions";
        body(promotions, "name", REMOVE, 5, "", "   ", LONG);
        body(promotions, "from", REMOVE, "tomorrow", "2026-02-30", "1999-12-31");
        body(promotions, "to", REMOVE, "2026-11-01", "2101-01-01", "2028-01-01");
        body(promotions, "percent", "many", 0, -5, 1001, REMOVE);
        whole(promotions, "messagesPerDay", Map.of("name", "Mailing", "from", "2026-11-27", "to", "2026-11-30",
                "messagesPerDay", "ten"));
        whole(promotions, "messagesPerDay", Map.of("name", "Mailing", "from", "2026-11-27", "to", "2026-11-30",
                "messagesPerDay", 0));
        whole(promotions, "percent", Map.of("name", "Both", "from", "2026-11-27", "to", "2026-11-30",
                "messagesPerDay", 5, "percent", 10));
        raw(promotions, "{", "[]", "");
        huge(promotions);
        path("DELETE " + BACKSTOP + "forecast/promotions/{id}", "id", 400, "abc", "1.5");
        path("DELETE " + BACKSTOP + "forecast/promotions/{id}", "id", 404, "999");

        String entries = "GET " + BACKSTOP + "library/entries";
        query(entries, "q", "x".repeat(4001));
        query(entries, "service", LONG);
        query(entries, "operation", LONG);
        query(entries, "limit", "many", "0", "1001");
        String mark = "POST " + BACKSTOP + "library/entries";
        body(mark, "issue", REMOVE, 5, "", ".", "..", "LIB-1\u0000", "lib-1");
        body(mark, "reply", 5, LONG);
        body(mark, "service", 5, LONG);
        body(mark, "operation", 5, LONG);
        body(mark, "tags", "report", List.of(5));
        raw(mark, "{", "[]", "");
        huge(mark);
        path("GET " + BACKSTOP + "library/entries/{id}", "id", 400, "abc", "0");
        path("GET " + BACKSTOP + "library/entries/{id}", "id", 404, "999");
        path("POST " + BACKSTOP + "library/entries/{id}/use", "id", 400, "abc");
        path("POST " + BACKSTOP + "library/entries/{id}/use", "id", 404, "999");
        path("POST " + BACKSTOP + "library/entries/{id}/retire", "id", 400, "abc");
        path("POST " + BACKSTOP + "library/entries/{id}/retire", "id", 404, "999");
        String edit = "PUT " + BACKSTOP + "library/entries/{id}";
        path(edit, "id", 400, "abc");
        body(edit, "question", 5, "x".repeat(20_001));
        body(edit, "answer", 5, "", "x".repeat(20_001));
        body(edit, "service", 5, LONG);
        body(edit, "operation", 5, LONG);
        body(edit, "tags", "report", List.of(5));
        raw(edit, "{", "[]", "");
        huge(edit);
        String merge = "POST " + BACKSTOP + "library/entries/{id}/merge";
        path(merge, "id", 400, "abc");
        body(merge, "into", REMOVE, "one", 0, -3);
        raw(merge, "{", "[]", "");
        huge(merge);
        query("GET " + BACKSTOP + "library/missing", "days", "many", "0", "100000");
        query("GET " + BACKSTOP + "library/missing", "min", "few", "0");

        String reports = "GET " + BACKSTOP + "reports/absences";
        query(reports, "month", "November", "2026-13", "1999-12");
        query(reports, "person", LONG);
        query(reports, "format", "xml");
        query("GET " + BACKSTOP + "onboarding/plan", "asOf", "today", "2026-13-01", "1999-12-31");
        query("GET " + BACKSTOP + "onboarding/newcomers", "asOf", "today", "2026-02-30", "2101-01-01");
        query("GET " + BACKSTOP + "onboarding/newcomers", "person", LONG);

        query("GET " + BACKSTOP + "audit", "from", "yesterday", "2026-11-02T10:00:00", "1900-01-01T00:00:00Z");
        query("GET " + BACKSTOP + "audit", "to", "2026-11-02", "+99999-01-01T00:00:00Z");
        query("GET " + BACKSTOP + "breaches", "from", "yesterday", "2026-11-02T10:00:00");
        query("GET " + BACKSTOP + "breaches", "to", "2026-11-02", "3000-01-01T00:00:00Z");
        query("GET " + BACKSTOP + "promises", "from", "yesterday", "2026-11-02T10:00:00");
        query("GET " + BACKSTOP + "promises", "to", "2026-11-02", "3000-01-01T00:00:00Z");
        query("GET " + BACKSTOP + "promises", "outcome", "LOST", "BROKEN,KEPT");

        query("GET " + BACKSTOP + "promises", "from", "yesterday", "2026-11-02T10:00:00");
        query("GET " + BACKSTOP + "promises", "to", "2026-11-02", "+99999-01-01T00:00:00Z");
        query("GET " + BACKSTOP + "promises", "outcome", "LOST", LONG);
        path("GET " + BACKSTOP + "issues/{key}/sla", "key", 404, "NOPE-1", LONG);
        String take = "POST " + BACKSTOP + "issues/{key}/take";
        path(take, "key", 404, "NOPE-1");
        body(take, "expectedAssignee", 5, List.of("ivanova"), Map.of());
        raw(take, "{\"expectedAssignee\": ", "[1]", "\"ivanova\"");
        huge(take);
        String giveBack = "POST " + BACKSTOP + "issues/{key}/return";
        path(giveBack, "key", 404, "NOPE-1");
        body(giveBack, "expectedAssignee", 5, List.of("head"), Map.of());
        raw(giveBack, "{\"expectedAssignee\": ", "[1]", "\"head\"");
        huge(giveBack);

        String preview = "POST " + BACKSTOP + "issues/{key}/reply-preview";
        path(preview, "key", 404, "NOPE-1", LONG);
        body(preview, "text", REMOVE, 5, List.of("Получили"), "x".repeat(32_001));
        raw(preview, "{", "[]", "");
        huge(preview);
        path("GET " + BACKSTOP + "issues/{key}/reply-context", "key", 404, "NOPE-1", LONG);
        path("GET " + BACKSTOP + "issues/{key}/actions", "key", 404, "NOPE-1", LONG);
        String normHours = "GET " + BACKSTOP + "results/norm-hours";
        query(normHours, "from", "yesterday", "2026-13-01", "1999-12-31", "2000-01-01"); // the last: a century
        query(normHours, "to", "2026-11-31", "2101-01-01", "2026-11-02T10:00");
        query(normHours, "person", LONG);
        query(normHours, "format", "xml", "pdf");
        String operations = "POST " + BACKSTOP + "results/operations";
        body(operations, "person", 5, "", LONG, "nobody");
        // issue 17: a working day the person was present, not in the future; no more than the time present; an
        // operation credited from its record is not typed in; an issue (or a client), the client the issue's own
        body(operations, "day", "today", "2026-02-30", "1999-12-31", 20261102, "2026-10-31", "2026-11-04",
                "2026-11-03");
        body(operations, "operation", REMOVE, 7, "", LONG, "no-such-operation", "upsell-offer", "holding-reply");
        body(operations, "count", 0, -1, 1.5, "3", 10_000_000_000L, Long.MAX_VALUE, 33);
        body(operations, "client", 5, "", LONG);
        body(operations, "issue", 5, "", LONG, "web-1");
        whole(operations, "issue", Map.of("person", "ivanova", "day", "2026-11-02", "operation", "client-question"));
        whole(operations, "client", Map.of("person", "ivanova", "day", "2026-11-02", "operation", "client-question",
                "issue", ISSUE, "client", "someone-else"));
        for (String action : List.of("GET " + BACKSTOP + "results/months/{month}",
                "POST " + BACKSTOP + "results/months/{month}/close", "POST " + BACKSTOP + "results/months/{month}/reopen",
                "GET " + BACKSTOP + "results/months/{month}/late-writes")) {
            path(action, "month", 400, "2026-13", "november", "1999-12", "2026-11-02");
        }
        path("POST " + BACKSTOP + "results/months/{month}/close", "month", 400, "2026-12"); // not yet begun
        raw(operations, "{\"operation\": \"client-question\"", "[]", "", "42");
        huge(operations);

        for (String list : List.of("upsells", "complaints", "hotspots", "sla")) {
            query("GET " + BACKSTOP + "results/" + list, "from", "last month", "2026-11-02T10:00:00+03:00");
            query("GET " + BACKSTOP + "results/" + list, "to", "2026-11-00", "2101-01-01");
            query("GET " + BACKSTOP + "results/" + list, "person", LONG);
        }
        query("GET " + BACKSTOP + "results/complaints", "include", "log", "unflagged,closed", LONG);
        String offers = "POST " + BACKSTOP + "results/offers";
        body(offers, "issue", REMOVE, 5, "", LONG, ".", "..", "WEB-1/../2");
        body(offers, "client", REMOVE, true, "", LONG);
        body(offers, "basis", REMOVE, 5, LONG);
        body(offers, "service", REMOVE, List.of(), LONG);
        body(offers, "amountKopecks", REMOVE, 0, -1, 1.5, "1000", 1_000_000_000_001L);
        body(offers, "by", 5, LONG, "nobody");
        body(offers, "status", "MAYBE", 1);
        body(offers, "at", "now", "2026-11-02", "2200-01-01T00:00:00Z");
        raw(offers, "{", "[]", "");
        huge(offers);
        String answer = "POST " + BACKSTOP + "results/offers/{id}/answer";
        body(answer, "status", REMOVE, "MAYBE", 5, LONG);
        path(answer, "id", 400, "abc");
        path(answer, "id", 404, "999");
        raw(answer, "{", "[]", "");
        huge(answer);

        String campaign = "GET " + BACKSTOP + "results/campaigns/{code}";
        path(campaign, "code", 404, "no-such-campaign");
        path(campaign, "code", 400, LONG);
        query(campaign, "on", "today", "2026-11-02T10:00:00+03:00", "1999-01-01");
        query(campaign, "manager", LONG);
        String campaigns = "GET " + BACKSTOP + "results/campaigns";
        query(campaigns, "on", "today", "2026-11-02T10:00:00+03:00", "1999-01-01");
        query(campaigns, "manager", LONG);
        String caller = "POST " + BACKSTOP + "results/campaigns/{code}/caller";
        body(caller, "client", REMOVE, 5, "", LONG, "nobody");
        body(caller, "caller", REMOVE, 5, "", LONG, "nobody");
        path(caller, "code", 404, "no-such-campaign");
        path(caller, "code", 400, LONG);
        raw(caller, "{", "[]", "");
        huge(caller);
        String outcome = "POST " + BACKSTOP + "results/campaigns/{code}/outcome";
        body(outcome, "client", REMOVE, 5, "", LONG, "nobody");
        body(outcome, "outcome", REMOVE, "SOLD", 5, LONG);
        path(outcome, "code", 404, "no-such-campaign");
        path(outcome, "code", 400, LONG);
        raw(outcome, "{", "[]", "");
        huge(outcome);
        String missing = "GET " + BACKSTOP + "results/offers/missing";
        query(missing, "client", "", LONG);
        query(missing, "on", "today", "2026-11-31", "2101-01-01");

        String debtors = "GET " + BACKSTOP + "results/debtors";
        query(debtors, "from", "x", "2026-02-30");
        query(debtors, "to", "y", "2101-01-01");
        query(debtors, "manager", LONG);
        query(debtors, "format", "xlsx");
        query(debtors, "show", "everybody", LONG);
        String choices = "GET " + BACKSTOP + "results/dunning/choices";
        query(choices, "client", "", LONG, "acme\u0000");
        String receivables = "POST " + BACKSTOP + "results/receivables";
        body(receivables, "id", REMOVE, 5, "", LONG);
        body(receivables, "client", REMOVE, 5, LONG);
        body(receivables, "manager", 5, LONG, "nobody");
        body(receivables, "service", 5, LONG);
        body(receivables, "amountKopecks", REMOVE, -5, "100", 1.25, 1_000_000_000_001L);
        body(receivables, "issuedOn", "yesterday", "2026-10-32", "1999-12-31");
        body(receivables, "dueOn", REMOVE, "soon", "2101-01-01", "2026-09-01");
        raw(receivables, "{", "[]", "");
        huge(receivables);
        String payments = "POST " + BACKSTOP + "results/payments";
        body(payments, "receivable", REMOVE, 5, LONG, "INV-NONE");
        body(payments, "amountKopecks", REMOVE, 0, -1, "100", 1_000_000_000_001L);
        body(payments, "paidOn", "today", "2026-11-31", "2101-01-01");
        raw(payments, "{", "[]", "");
        huge(payments);

        String loto = "GET " + BACKSTOP + "results/loto-cards";
        query(loto, "on", "today", "2026-11-31", "2101-01-01");
        query(loto, "manager", LONG);
        query("GET " + BACKSTOP + "results/cheap-orders", "month", "November", "2026-13", "1999-12");
        String dunningList = "GET " + BACKSTOP + "results/dunning";
        query(dunningList, "from", "x", "2026-02-30");
        query(dunningList, "to", "y", "2101-01-01");
        query(dunningList, "manager", LONG);
        String dunning = "POST " + BACKSTOP + "results/dunning";
        body(dunning, "client", REMOVE, 5, "", LONG);
        body(dunning, "action", REMOVE, "SHOUT", 5, LONG);
        raw(dunning, "{", "[]", "");
        huge(dunning);
        String decision = "POST " + BACKSTOP + "results/dunning/{id}/decision";
        body(decision, "approve", REMOVE, "yes", 1);
        path(decision, "id", 400, "abc");
        path(decision, "id", 404, "999");
        raw(decision, "{", "[]", "");
        huge(decision);

        String complaints = "POST " + BACKSTOP + "results/complaints";
        body(complaints, "client", 5, "", LONG); // optional: the issue's client
        body(complaints, "issue", REMOVE, 5, LONG, ".", "WEB-1\u0000");
        body(complaints, "comment", 5, "x".repeat(4001));
        body(complaints, "about", 5, "", LONG, "nobody"); // optional: the client's manager
        body(complaints, "at", "now", "2026-11-02T10:00:00", "1999-01-01T00:00:00Z");
        raw(complaints, "{", "[]", "");
        huge(complaints);
        String action = "POST " + BACKSTOP + "results/complaints/{id}/action";
        body(action, "action", REMOVE, "DELETE", 5, LONG, "FLAG");
        body(action, "reason", REMOVE, 5, "", " ", "x".repeat(4001)); // required to close
        path(action, "id", 400, "abc");
        path(action, "id", 404, "999");
        raw(action, "{", "[]", "");
        huge(action);

        String suspected = "GET " + BACKSTOP + "results/complaints/suspected";
        query(suspected, "from", "last month", "2026-02-30", "1999-12-31");
        query(suspected, "to", "2026-11-00", "2101-01-01");
        query(suspected, "state", "CLOSED", "open,all", LONG);
        String confirm = "POST " + BACKSTOP + "results/complaints/suspected/{id}/confirm";
        body(confirm, "about", 5, "", LONG, "nobody");
        body(confirm, "comment", 5, List.of("late"), "x".repeat(4001));
        body(confirm, "client", 5, "", LONG);
        path(confirm, "id", 400, "abc", "1.5");
        path(confirm, "id", 404, "999");
        raw(confirm, "{", "[]", "\"yes\"");
        huge(confirm);
        String dismiss = "POST " + BACKSTOP + "results/complaints/suspected/{id}/dismiss";
        body(dismiss, "reason", REMOVE, 5, "", " ", "x".repeat(1001), "a\u0000b");
        path(dismiss, "id", 400, "abc");
        path(dismiss, "id", 404, "999");
        raw(dismiss, "{", "[]", "", "null");
        huge(dismiss);

        String scorecard = "GET " + BACKSTOP + "results/scorecard";
        query(scorecard, "month", "November", "2026-13", "2026-11-02", "1999-12", "2101-01");
        query(scorecard, "person", LONG);

        String digest = "GET " + BACKSTOP + "clients/{client}/digest";
        path(digest, "client", 400, LONG);
        query(digest, "on", "today", "2026-11-31", "2101-01-01");

        String settings = "PUT " + BACKSTOP + "settings";
        document(settings, "calendar", Map.of("zone", "Mars/Olympus"));
        document(settings, "policy", "fast");
        document(settings, "goals", Map.of());
        document(settings, "people", List.of(Map.of("name", LONG, "role", "HEAD")));
        document(settings, "tick", "PT0S");
        document(settings, "tick", "1d"); // clock time takes no days (issue 18)
        document(settings, "staffGroup", LONG);
        document(settings, "projects", "WEB");
        document(settings, "projects", List.of("web"));
        document(settings, "projects", List.of("WEB", "WEB"));
        document(settings, "projects", List.of(LONG.toUpperCase()));
        document(settings, "ownAbsenceDays", -1);
        document(settings, "ownAbsenceDays", 1.5);
        document(settings, "ownAbsenceDays", "3");
        document(settings, "ownAbsenceDays", 367);
        document(settings, "notesLanguage", "english");
        document(settings, "notesLanguage", List.of("ru"));
        document(settings, "notesLanguage", LONG);
        document(settings, "holdingReplies", "получили");
        document(settings, "holdingReplies", Map.of("limit", "short"));
        document(settings, "holdingReplies", Map.of("phrases", List.of("")));
        document(settings, "holdingReplies", Map.of("phrases", List.of(LONG)));
        document(settings, "holdingReplies", Map.of("limit", 0));
        document(settings, "complaints", "жалоба");
        document(settings, "complaints", Map.of("lexicon", List.of("жалоба")));
        document(settings, "complaints", Map.of("lexicon", Map.of("ru", "жалоба")));
        document(settings, "complaints", Map.of("lexicon", Map.of("ru", List.of("жалоба", ""))));
        document(settings, "complaints", Map.of("lexicon", Map.of("en", List.of(LONG))));
        document(settings, "complaints", Map.of("lexicon", Map.of("ru", List.of("н*"))));
        document(settings, "complaints", Map.of("lexicon", Map.of("en", List.of("… complaint"))));
        raw(settings, "{", "[]", "");
        huge(settings);
        String resultsSettings = "PUT " + BACKSTOP + "results/settings";
        document(resultsSettings, "catalog", List.of(Map.of("code", LONG, "name", "x", "minutes", 1)));
        document(resultsSettings, "hired", Map.of("ivanova", "last spring"));
        document(resultsSettings, "largeClientKopecks", -5);
        document(resultsSettings, "cheapThreshold", "half");
        document(resultsSettings, "adjacency", "none");
        document(resultsSettings, "ramp", List.of());
        document(resultsSettings, "weights", Map.of("output", "heavy"));
        // issue 17, scorecard: weights per role and the scoring rules
        document(resultsSettings, "weights", Map.of("OPERATOR", Map.of("timeliness", 0.5)));
        document(resultsSettings, "weights", Map.of("DIRECTOR", Map.of("output", 1)));
        document(resultsSettings, "weights", Map.of("HEAD", Map.of("charm", 1)));
        document(resultsSettings, "weights", Map.of("MANAGER", "all"));
        document(resultsSettings, "scoring", "strict");
        document(resultsSettings, "scoring", Map.of("upsellCeiling", 0.5));
        document(resultsSettings, "scoring", Map.of("lostClientDays", "ninety"));
        document(resultsSettings, "scoring", Map.of("lostClientPenalty", 2));
        document(resultsSettings, "scoring", Map.of("rescueTargetMinutes", 0));
        document(resultsSettings, "ladder", 5);
        document(resultsSettings, "norms", "short");
        document(resultsSettings, "campaigns", List.of(Map.of("code", "<b>", "ordered", LONG, "offer", "ads")));
        document(resultsSettings, "targets", Map.of("collectKopecks", -1));
        document(resultsSettings, "replyOperations", Map.of("Task", LONG));
        document(resultsSettings, "lotoCards", List.of(Map.of("service", "seo", "offers", List.of("seo"))));
        document(resultsSettings, "debt", Map.of("callEveryWorkingDays", -1)); // issue 17: debt
        document(resultsSettings, "upsells", Map.of("soldWithinDays", -1));
        document(resultsSettings, "upsells", Map.of("bands", List.of(Map.of("fromRoubles", 5000, "points", 5),
                Map.of("fromRoubles", 1000, "points", 2))));
        raw(resultsSettings, "{", "[]", "");
        huge(resultsSettings);

        String catalogue = "GET " + BACKSTOP + "results/catalogues/{name}";
        path(catalogue, "name", 404, "nothing", LONG);
        path(catalogue + ".csv", "name", 404, "nothing", "norms.csv");
        String importPreview = "POST " + BACKSTOP + "results/catalogues/{name}/preview";
        path(importPreview, "name", 404, "nothing");
        body(importPreview, "csv", 5, List.of("code"), Map.of());
        for (Object rows : new Object[] {"code,name", 5, Map.of()}) { // without csv: only one of them may come
            whole(importPreview, "rows", Map.of("rows", rows));
        }
        raw(importPreview, "{", "[]", "", "{}", "{\"csv\": \"code\", \"rows\": []}");
        huge(importPreview);
        String importApply = "PUT " + BACKSTOP + "results/catalogues/{name}";
        path(importApply, "name", 404, "nothing", LONG);
        query(importApply, "version", "v".repeat(65));
        body(importApply, "csv", 5, List.of("code"), Map.of());
        for (Object rows : new Object[] {"code,ordered,offer", 5, Map.of()}) { // without csv: only one of them may come
            whole(importApply, "rows", Map.of("rows", rows));
        }
        raw(importApply, "{", "[]", "", "{}", "{\"csv\": \"code\", \"rows\": []}");
        huge(importApply);

        String issues = "POST " + SANDBOX + "issues";
        body(issues, "key", 5, "", "BAD/1", LONG, ".", "..", "NEW-1\u0000", "new-1", "NEW-0");
        body(issues, "owner", REMOVE, 5, "nobody", LONG);
        body(issues, "issueType", 5, LONG);
        body(issues, "priority", List.of("High"), LONG);
        body(issues, "client", true, LONG);
        body(issues, "summary", Map.of(), LONG, "a\u0000b", "\u202Egnp.exe");
        body(issues, "description", 5, List.of("hello"), "x".repeat(32_001), "a\u0000b");
        body(issues, "promisedOn", "soon", 5, "2026-11-31", "1900-01-01", "-999999999-01-01");
        raw(issues, "{", "[]", "42"); // an empty body is an empty object here: a missing owner
        huge(issues);
        String comments = "POST " + SANDBOX + "issues/{key}/comments";
        path(comments, "key", 404, "NOPE-1");
        body(comments, "author", REMOVE, 5, "nobody", LONG);
        body(comments, "body", 5, "x".repeat(32_001));
        body(comments, "internal", "yes", 1);
        raw(comments, "{", "[]", "null");
        huge(comments);
        path("POST " + SANDBOX + "issues/{key}/resolve", "key", 404, "NOPE-1", LONG);
        path("GET " + SANDBOX + "issues/{key}", "key", 404, "NOPE-1", LONG);
        String clock = "POST " + SANDBOX + "clock";
        body(clock, "advance", "5 moments", "1d", "-PT5M", "-5m", 300, "PT9999999999999H");
        body(clock, "to", "tomorrow", "2026-11-02T09:00:00+03:00", "+999999999-12-31T23:59:59Z");
        body(clock, "settle", false, "true");
        raw(clock, "{", "[]", "{}");
        huge(clock);
    }

    private static final Map<String, String> IDS = new TreeMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void aDepartmentWithSomethingOfEach() throws Exception {
        calls.clockTo(Rest.at("2026-11-02T10:00"));
        calls.createIssue(ISSUE, "ivanova");
        Rest.Calls.ok(client.put("admin", BACKSTOP + "results/settings", RESULTS_SETTINGS), "results settings");
        IDS.put("absences", calls.absence(Map.of("person", "petrova", "from", Rest.at("2026-11-10T00:00"),
                "to", Rest.at("2026-11-11T00:00"))).get("id").asText());
        IDS.put("offers", Rest.Calls.ok(client.post("admin", BACKSTOP + "results/offers",
                VALID.get("POST " + BACKSTOP + "results/offers")), "offer").get("id").asText());
        IDS.put("complaints", Rest.Calls.ok(client.post("operator", BACKSTOP + "results/complaints",
                Map.of("client", "acme", "issue", ISSUE)), "complaint").get("id").asText()); // about ivanova
        Rest.Calls.ok(client.post("admin", BACKSTOP + "results/receivables", Map.of("id", "INV-1", "client", "acme",
                "manager", "ivanova", "amountKopecks", 5000, "issuedOn", "2026-10-01", "dueOn", "2026-10-15")),
                "invoice");
        Rest.Calls.ok(client.post("admin", BACKSTOP + "results/receivables", Map.of("id", "SEO-CALL", "client", "callee",
                "manager", "ivanova", "service", "seo", "amountKopecks", 5000, "issuedOn", "2026-10-20",
                "dueOn", "2026-11-20")), "a SEO order: a row to call");
        Rest.Calls.ok(client.post("admin", BACKSTOP + "results/receivables", Map.of("id", "BIG-1", "client", "bigco",
                "manager", "petrova", "amountKopecks", 60_000_000, "issuedOn", "2026-10-01", "dueOn", "2026-10-15")), "a large invoice");
        calls.createIssue("LIB-1", "ivanova");
        calls.comment("LIB-1", "client", false);
        calls.comment("LIB-1", "ivanova", false);
        calls.createIssue("LIB-2", "ivanova");
        calls.comment("LIB-2", "client", false);
        calls.comment("LIB-2", "ivanova", false);
        IDS.put("library", Rest.Calls.ok(client.post("admin", BACKSTOP + "library/entries", Map.of("issue", "LIB-2")),
                "a library entry").get("id").asText());
        IDS.put("dunning", Rest.Calls.ok(client.post("petrova", BACKSTOP + "results/dunning", Map.of("client", "bigco",
                "action", "CLAIM_LETTER")), "a held claim letter").get("id").asText());
        // a client of its own: the tracker gives a client's next issue their latest issue's owner, and "acme" opens
        // NEW-1 without one in the owner cases
        calls.createIssue(Map.of("key", "SUS-1", "owner", "ivanova", "client", "romashka", "summary", "Безобразие!"));
        IDS.put("suspected", calls.get("admin", BACKSTOP + "results/complaints/suspected").get(0).path("id").asText());
    }

    @TestFactory
    Stream<DynamicTest> everyBadValueIsRefusedNamingItsFieldAndChangesNothing() {
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
            Map<String, JsonNode> before = everything();
            HttpResponse<String> response = send(c);
            JsonNode body = Rest.parse(response.body());
            assertThat(response.statusCode()).as("%s: %s", c, response.body()).isEqualTo(c.status);
            assertThat(body.path("error").asText()).as("the error of " + c).isNotBlank();
            String field = body.path("field").asText();
            if (c.body != null && c.body.startsWith(DOCUMENT)) { // a document names the field inside: calendar.zone
                assertThat(field).as("the field of %s: %s", c, response.body()).matches(
                        Pattern.quote(c.field) + "([.\\[].*)?");
            } else {
                assertThat(field).as("the field of %s: %s", c, response.body()).isEqualTo(c.field);
            }
            Map<String, JsonNode> after = everything();
            for (String read : before.keySet()) {
                assertThat(after.get(read)).as("%s after %s", read, c).isEqualTo(before.get(read));
            }
        }));
    }

    @Test
    void everyFieldOfEveryEndpointHasABadInputCase() throws IOException {
        Set<String> declared = new TreeSet<>(fields(BACKSTOP, Backstop.REST_CLASSES));
        declared.addAll(fields(SANDBOX, List.of(TrackerResource.class, ClockResource.class)));
        calls.get("admin", BACKSTOP + "settings").fieldNames()
                .forEachRemaining(name -> declared.add("PUT " + BACKSTOP + "settings " + name));
        calls.get("admin", BACKSTOP + "results/settings").fieldNames()
                .forEachRemaining(name -> declared.add("PUT " + BACKSTOP + "results/settings " + name));
        Set<String> cased = CASES.stream().map(c -> c.endpoint + " " + c.field).collect(Collectors.toCollection(TreeSet::new));

        assertThat(declared).as("fields the resources read").hasSizeGreaterThan(100);
        assertThat(cased).as("fields with a bad-input case (add a case for each field missing here)")
                .containsAll(declared);
        assertThat(declared).as("fields the resources read (a case names a field no resource reads)")
                .containsAll(cased);
    }

    /** A body sent without a length (chunked) is held to the same limit, and one within it still arrives whole. */
    @Test
    void aChunkedBodyIsHeldToTheSameLimit() throws Exception {
        Map<String, JsonNode> before = everything();
        byte[] huge = ("{\"padding\": \"" + "x".repeat(5 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> refused = HTTP.send(chunked("POST", BACKSTOP + "absences", huge),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
        assertThat(Rest.parse(refused.body()).path("field").asText()).isEqualTo("(body)");
        assertThat(everything()).isEqualTo(before);

        byte[] small = Rest.JSON.writeValueAsBytes(Map.of("person", "ivanova", "operation", "client-question",
                "day", "2026-11-02", "count", 2, "client", "acme"));
        HttpResponse<String> recorded = HTTP.send(chunked("POST", BACKSTOP + "results/operations", small),
                HttpResponse.BodyHandlers.ofString());
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        assertThat(Rest.parse(recorded.body()).path("count").asInt()).isGreaterThanOrEqualTo(2);
    }

    private static HttpRequest chunked(String method, String path, byte[] body) {
        return HttpRequest.newBuilder(URI.create(sandbox.url() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:admin".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                .build();
    }

    /**
     * "METHOD api/path field" for every query and path parameter (from the JAX-RS annotations) and every body field
     * (from the method's source), plus "(body)" for every method that takes a body.
     */
    private static List<String> fields(String api, List<Class<?>> classes) throws IOException {
        List<String> found = new ArrayList<>();
        for (Class<?> type : classes) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            String source = source(type);
            for (Method method : type.getDeclaredMethods()) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String endpoint = httpMethod + " " + api + join(classPath.value(),
                        methodPath == null ? "" : methodPath.value());
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.getAnnotation(QueryParam.class) != null) {
                        found.add(endpoint + " " + parameter.getAnnotation(QueryParam.class).value());
                    } else if (parameter.getAnnotation(PathParam.class) != null) {
                        found.add(endpoint + " " + parameter.getAnnotation(PathParam.class).value());
                    } else {
                        found.add(endpoint + " (body)");
                        if (!endpoint.endsWith(BACKSTOP + "settings")) { // the documents: their top-level fields
                            bodyFields(source, method.getName()).forEach(field -> found.add(endpoint + " " + field));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static final Pattern BODY_FIELD = Pattern.compile(
            "\\(\\s*(?:request|Json\\.object\\(body\\))\\s*,\\s*\"([A-Za-z]+)\"|request\\.get\\(\"([A-Za-z]+)\"\\)"
            + "|Json\\.object\\(body\\)\\.get\\(\"([A-Za-z]+)\"\\)");

    private static final Pattern HELPER = Pattern.compile("\\b([a-z][A-Za-z]*)\\(request\\)");

    /**
     * The body fields a method reads: string literals passed with the request to a reader, in the method or in a
     * helper it hands the whole request to ({@code kind(request)}).
     */
    private static Set<String> bodyFields(String source, String method) {
        String body = methodBody(source, method + "(");
        Set<String> fields = new TreeSet<>(literalFields(body));
        Matcher helper = HELPER.matcher(body);
        while (helper.find()) {
            if (source.contains(" " + helper.group(1) + "(JsonNode request")) {
                fields.addAll(literalFields(methodBody(source, helper.group(1) + "(JsonNode request")));
            }
        }
        return fields;
    }

    private static Set<String> literalFields(String code) {
        Set<String> fields = new TreeSet<>();
        Matcher matcher = BODY_FIELD.matcher(code);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    fields.add(matcher.group(group));
                }
            }
        }
        return fields;
    }

    /** The text between the braces of the method whose declaration has {@code " " + signature}. */
    private static String methodBody(String source, String signature) {
        int start = source.indexOf(" " + signature);
        assertThat(start).as("the source of " + signature).isNotNegative();
        int open = source.indexOf('{', start);
        int depth = 0;
        int end = open;
        for (; end < source.length(); end++) {
            char c = source.charAt(end);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                break;
            }
        }
        return source.substring(open, end);
    }

    private static String source(Class<?> type) throws IOException {
        String relative = type.getName().replace('.', '/') + ".java";
        for (String root : List.of("src/main/java/", "../app/src/main/java/")) {
            java.nio.file.Path file = java.nio.file.Path.of(root + relative);
            if (Files.exists(file)) {
                return Files.readString(file);
            }
        }
        throw new IllegalStateException("no source for " + type.getName());
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod marker = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (marker != null) {
                return marker.value();
            }
        }
        return null;
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).flatMap(part -> Arrays.stream(part.split("/")))
                .filter(segment -> !segment.isEmpty()).collect(Collectors.joining("/"));
    }

    /** What the department holds, read back as the administrator (and the head where only staff may look). */
    private static Map<String, JsonNode> everything() {
        Map<String, JsonNode> reads = new TreeMap<>();
        for (String path : List.of(BACKSTOP + "settings", BACKSTOP + "results/settings", BACKSTOP + "people",
                BACKSTOP + "absences", BACKSTOP + "queue", BACKSTOP + "audit?from=2000-01-01T00:00:00Z",
                BACKSTOP + "breaches?from=2000-01-01T00:00:00Z", BACKSTOP + "issues/" + ISSUE + "/sla",
                BACKSTOP + "results/norm-hours?from=2026-01-01&to=2026-12-31",
                BACKSTOP + "results/upsells?from=2026-01-01&to=2026-12-31",
                BACKSTOP + "results/debtors?from=2026-01-01&to=2026-12-31",
                BACKSTOP + "results/complaints?from=2026-01-01&to=2026-12-31",
                BACKSTOP + "results/complaints/suspected?from=2026-01-01&to=2026-12-31&state=ALL",
                BACKSTOP + "results/dunning?from=2026-01-01&to=2026-12-31",
                BACKSTOP + "results/campaigns",
                BACKSTOP + "clients/acme/digest", BACKSTOP + "absences/requests", BACKSTOP + "mywork?person=ivanova",
                SANDBOX + "issues/" + ISSUE, SANDBOX + "clock")) {
            reads.put(path, Rest.Calls.ok(client.get("admin", path), "GET " + path));
        }
        for (String key : List.of("NEW-1", "BAD/1", "")) {
            assertThat(sandbox.tracker().find(key)).as("an issue \"" + key + "\"").isEmpty();
        }
        return reads;
    }

    private static HttpResponse<String> send(Case c) throws IOException, InterruptedException {
        String[] methodAndPath = c.endpoint.split(" ", 2);
        String path = methodAndPath[1];
        Map<String, String> values = new TreeMap<>(Map.of("{key}", ISSUE, "{code}", "ads-after-seo",
                "{client}", "acme", "{name}", path.contains("preview") ? "norms" : "campaigns", "{id}", path.contains("absences") ? IDS.get("absences")
                        : path.contains("offers") ? IDS.get("offers") : path.contains("dunning") ? IDS.get("dunning")
                        : path.contains("library") ? IDS.get("library")
                        : path.contains("suspected") ? IDS.get("suspected")
                        : IDS.getOrDefault("complaints", "")));
        if (c.pathValue != null) {
            values.put("{" + c.field + "}", URLEncoder.encode(c.pathValue, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace(value.getKey(), value.getValue());
        }
        if (c.query != null) {
            path += "?" + c.query;
        }
        String user = CALLER.getOrDefault(c.endpoint, "admin");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.url() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        if (c.body == null) {
            request.method(methodAndPath[0], VALID.containsKey(c.endpoint) && !methodAndPath[0].equals("GET")
                    ? HttpRequest.BodyPublishers.ofString(Rest.JSON.valueToTree(VALID.get(c.endpoint)).toString())
                    : HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(methodAndPath[0], HttpRequest.BodyPublishers.ofString(body(c)));
        }
        request.header("Content-Type", "application/json");
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The case's body: as written, or a settings document with one field replaced, or a huge one. */
    private static String body(Case c) {
        if (c.body.startsWith(HUGE)) {
            return "{\"padding\": \"" + "x".repeat(Integer.parseInt(c.body.substring(HUGE.length()))) + "\"}";
        }
        if (c.body.startsWith(DOCUMENT)) {
            String read = c.endpoint.substring(c.endpoint.indexOf(' ') + 1);
            ObjectNode document = (ObjectNode) calls.get("admin", read);
            document.set(c.field, Rest.parse(c.body.substring(DOCUMENT.length())));
            return document.toString();
        }
        return c.body;
    }

    // The table's vocabulary.

    private record Case(String endpoint, String field, String shown, String body, String query, String pathValue,
                        int status) {

        @Override
        public String toString() {
            return endpoint + " " + field + " = " + shown + " -> " + status;
        }
    }

    /** Each value in turn as the field of the endpoint's valid body ({@link #REMOVE}: without the field). */
    private static void body(String endpoint, String field, Object... values) {
        for (Object value : values) {
            Map<String, Object> document = new LinkedHashMap<>(VALID.get(endpoint));
            if (value == REMOVE) {
                document.remove(field);
            } else {
                document.put(field, value);
            }
            CASES.add(new Case(endpoint, field, shown(value), Rest.JSON.valueToTree(document).toString(), null, null,
                    400));
        }
    }

    /** The current settings document (or results settings) with one top-level field replaced. */
    /** A case whose whole body is given: a field read only when another has a particular value. */
    private static void whole(String endpoint, String field, Map<String, Object> document) {
        String body = Rest.JSON.valueToTree(document).toString();
        CASES.add(new Case(endpoint, field, body.length() > 60 ? body.substring(0, 60) + "..." : body, body, null, null,
                400));
    }

    private static void document(String endpoint, String field, Object value) {
        CASES.add(new Case(endpoint, field, shown(value), DOCUMENT + Rest.JSON.valueToTree(value), null, null, 400));
    }

    private static final String DOCUMENT = "(document)";
    private static final String HUGE = "(huge)";

    private static void raw(String endpoint, String... bodies) {
        for (String body : bodies) {
            CASES.add(new Case(endpoint, "(body)", "'" + body + "'", body, null, null, 400));
        }
    }

    /** Two bodies past the limits: 1,000,001 characters (400 from the app) and 5 MiB (413 from the sandbox). */
    private static void huge(String endpoint) {
        CASES.add(new Case(endpoint, "(body)", "a body of 1000001+ characters", HUGE + 1_000_001, null, null, 400));
        CASES.add(new Case(endpoint, "(body)", "a body of 5 MiB", HUGE + (5 << 20), null, null, 413));
    }

    private static void query(String endpoint, String parameter, String... values) {
        for (String value : values) {
            CASES.add(new Case(endpoint, parameter, value.length() > 40 ? "(" + value.length() + " characters)" : value,
                    null, parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8), null, 400));
        }
    }

    private static void path(String endpoint, String parameter, int status, String... values) {
        for (String value : values) {
            CASES.add(new Case(endpoint, parameter, value.length() > 40 ? "(" + value.length() + " characters)" : value,
                    null, null, value, status));
        }
    }

    private static String shown(Object value) {
        String text = value == REMOVE ? REMOVE : Rest.JSON.valueToTree(value).toString();
        return text.length() > 40 ? "(" + text.length() + " characters)" : text;
    }
}
