package io.backstop.app.web;

/**
 * Where a host serves what the screens' scripts call, all same-origin paths.
 *
 * @param rest        the Backstop REST base, e.g. {@code /rest/backstop/1.0}
 * @param issuePage   the prefix an issue key is appended to (URL-encoded) to open the issue, e.g.
 *                    {@code /browse/} in Jira
 * @param clock       where to read "now" ({@code {now}}), or empty to use the browser's clock; the sandbox's clock
 *                    may be manual or faster than real time
 * @param resources   where the screens' scripts and styles are served
 * @param setup       where the settings page runs the host's own setup (Jira: issue types, fields, the staff
 *                    group), or empty when the host has none
 * @param queuePage   the operator's queue page (the dashboard's waiting list links to it), or empty when unknown
 */
public record HostLinks(String rest, String issuePage, String clock, String resources, String setup,
                        String queuePage) {

    public HostLinks {
        rest = rest == null ? "" : rest;
        issuePage = issuePage == null ? "" : issuePage;
        clock = clock == null ? "" : clock;
        resources = resources == null ? "" : resources;
        setup = setup == null ? "" : setup;
        queuePage = queuePage == null ? "" : queuePage;
    }
}
