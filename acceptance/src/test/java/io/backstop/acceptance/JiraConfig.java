package io.backstop.acceptance;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The live Jira the {@code acceptance-jira} profile runs against, from system properties:
 * {@code backstop.jira.url}, {@code backstop.jira.tokens} ({@code staff:TOKEN,operator:TOKEN,client:TOKEN[,admin:TOKEN]}),
 * {@code backstop.jira.project}, and optionally {@code backstop.jira.hiddenProject} and
 * {@code backstop.jira.issueType}. Anything missing or malformed fails the suite at its start with one message
 * listing every problem.
 */
record JiraConfig(URI url, Map<String, String> tokens, String project, Optional<String> hiddenProject,
                  String issueType) {

    static final Set<String> ROLES = Set.of("staff", "operator", "client", "admin");

    static JiraConfig fromSystemProperties() {
        List<String> problems = new ArrayList<>();
        String url = property("backstop.jira.url");
        String tokens = property("backstop.jira.tokens");
        String project = property("backstop.jira.project");
        URI uri = null;
        if (url.isEmpty()) {
            problems.add("-Dbackstop.jira.url=https://your-jira is missing");
        } else if (!url.matches("https?://.+")) {
            problems.add("backstop.jira.url must be an http(s) URL, got " + url);
        } else {
            uri = URI.create(url.endsWith("/") ? url : url + "/");
        }
        Map<String, String> parsed = Map.of();
        if (tokens.isEmpty()) {
            problems.add("-Dbackstop.jira.tokens=staff:TOKEN,operator:TOKEN,client:TOKEN[,admin:TOKEN] is missing");
        } else {
            parsed = parseTokens(tokens, problems);
        }
        if (project.isEmpty()) {
            problems.add("-Dbackstop.jira.project=KEY is missing");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the acceptance suite cannot run against Jira: " + String.join("; ",
                    problems) + ". See docs/acceptance.md.");
        }
        String hidden = property("backstop.jira.hiddenProject");
        String issueType = property("backstop.jira.issueType");
        return new JiraConfig(uri, parsed, project, hidden.isEmpty() ? Optional.empty()
                : Optional.of(hidden), issueType.isEmpty() ? "Client request" : issueType);
    }

    /** {@code role:TOKEN,...}; a problem (unknown role, empty token, a required role missing) fails. */
    static Map<String, String> parseTokens(String text) {
        List<String> problems = new ArrayList<>();
        Map<String, String> tokens = parseTokens(text, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
        return tokens;
    }

    private static Map<String, String> parseTokens(String text, List<String> problems) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            int colon = pair.indexOf(':');
            String role = colon < 0 ? pair.trim() : pair.substring(0, colon).trim();
            String token = colon < 0 ? "" : pair.substring(colon + 1).trim();
            if (!ROLES.contains(role)) {
                problems.add("backstop.jira.tokens: unknown role \"" + role + "\" (staff, operator, client, admin)");
            } else if (token.isEmpty()) {
                problems.add("backstop.jira.tokens: no token for " + role);
            } else {
                parsed.put(role, token);
            }
        }
        for (String role : List.of("staff", "operator", "client")) {
            if (!parsed.containsKey(role) && !text.contains(role + ":")) {
                problems.add("backstop.jira.tokens: a token for " + role + " is required");
            }
        }
        return Map.copyOf(parsed);
    }

    /** A property, empty when unset or left as an unresolved Maven expression. */
    private static String property(String name) {
        String value = System.getProperty(name, "").trim();
        return value.startsWith("${") ? "" : value;
    }
}
