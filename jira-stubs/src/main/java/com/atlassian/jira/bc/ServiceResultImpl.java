/*
 * Stand-in for com.atlassian.jira.bc.ServiceResultImpl (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 7.5 (corrected): IssueService.IssueValidationResult extends
 * com.atlassian.jira.bc.ServiceResultImpl, which provides ErrorCollection getErrorCollection() and boolean isValid()
 * ([C J7] docs.atlassian.com/jira/server/.../IssueService.IssueValidationResult.html). The ServiceResult interface it
 * implements in Jira is not declared (unused). Bodies are test conveniences.
 */
package com.atlassian.jira.bc;

import com.atlassian.jira.util.ErrorCollection;

public class ServiceResultImpl {

    private final ErrorCollection errorCollection;

    public ServiceResultImpl(ErrorCollection errorCollection) {
        this.errorCollection = errorCollection;
    }

    public ErrorCollection getErrorCollection() {
        return errorCollection;
    }

    public boolean isValid() {
        return errorCollection == null || !errorCollection.hasAnyErrors();
    }
}
