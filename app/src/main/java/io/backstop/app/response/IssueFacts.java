package io.backstop.app.response;

/**
 * What the tracker knows of an issue when something happens on it.
 *
 * @param owner  the home manager (Jira: the Home manager field, else the assignee)
 * @param client the client's name, shown in the queue; may be null
 */
public record IssueFacts(String issue, String issueType, String priority, String owner, String client) {
}
