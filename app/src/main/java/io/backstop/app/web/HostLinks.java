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
 * @param comments    where the issue panel's reply box posts a staff reply, {@code {key}} standing for the issue
 *                    key, or empty when the host takes none
 * @param commentStyle how that call is made: {@link #JIRA_COMMENTS} (Jira's comment resource, the holding mark as
 *                    the comment property {@code backstop.reply}) or {@link #SANDBOX_COMMENTS} (the sandbox
 *                    tracker, the mark as {@code holding}/{@code promise})
 */
public record HostLinks(String rest, String issuePage, String clock, String resources, String setup,
                        String queuePage, String comments, String commentStyle) {

    public static final String JIRA_COMMENTS = "jira";
    public static final String SANDBOX_COMMENTS = "sandbox";

    public HostLinks {
        rest = rest == null ? "" : rest;
        issuePage = issuePage == null ? "" : issuePage;
        clock = clock == null ? "" : clock;
        resources = resources == null ? "" : resources;
        setup = setup == null ? "" : setup;
        queuePage = queuePage == null ? "" : queuePage;
        comments = comments == null ? "" : comments;
        commentStyle = commentStyle == null ? "" : commentStyle;
    }

    /** A host whose panel takes no replies. */
    public HostLinks(String rest, String issuePage, String clock, String resources, String setup, String queuePage) {
        this(rest, issuePage, clock, resources, setup, queuePage, "", "");
    }
}
