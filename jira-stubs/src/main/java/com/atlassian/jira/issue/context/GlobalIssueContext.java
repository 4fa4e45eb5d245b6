/*
 * Stand-in for com.atlassian.jira.issue.context.GlobalIssueContext (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: Jira source of GlobalIssueContext (public code search id 16996624532, Jira 6.1+): "public static JiraContextNode
 * getInstance()" - the return type is JiraContextNode, which settles the doubt in ../shared/docs/jira-platform.md
 * section 7.4 ([C-old]). A class (extends AbstractJiraContext in Jira; not needed for linking).
 */
package com.atlassian.jira.issue.context;

public class GlobalIssueContext implements JiraContextNode {

    private static final GlobalIssueContext INSTANCE = new GlobalIssueContext();

    private GlobalIssueContext() {
    }

    public static JiraContextNode getInstance() {
        return INSTANCE;
    }

    @Override
    public String toString() {
        return "Global Context";
    }
}
