/*
 * Stand-in for com.atlassian.jira.bc.issue.IssueService (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 7.5 (corrects 2.3) [C J7 javadoc]: validateAssign(ApplicationUser,
 * Long, String) and assign(ApplicationUser, AssignValidationResult); nested CLASSES (binary names
 * IssueService$IssueValidationResult, $AssignValidationResult, $IssueResult): IssueValidationResult is abstract and
 * extends ServiceResultImpl; AssignValidationResult and IssueResult extend it. No jakarta types (API freeze).
 * The third argument of validateAssign is the assignee's USERNAME, not the user key: Jira's DefaultIssueService puts it
 * into the Assignee field's values holder and AssigneeSystemField resolves it with UserManager.getUserByName (public
 * DefaultIssueService source; public plugins pass getUsername()). AssignValidationResult.getAssigneeId() returns that
 * same string. Permission (Assign issues) is checked on JiraAuthenticationContext's logged-in user, not on `user`.
 * (section 2.3's "user key" was wrong.)
 */
package com.atlassian.jira.bc.issue;

import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

public interface IssueService {

    AssignValidationResult validateAssign(ApplicationUser user, Long issueId, String assignee);

    IssueResult assign(ApplicationUser user, AssignValidationResult assignResult);

    abstract class IssueValidationResult extends ServiceResultImpl {

        private final MutableIssue issue;

        public IssueValidationResult(MutableIssue issue, ErrorCollection errors) {
            super(errors);
            this.issue = issue;
        }

        public MutableIssue getIssue() {
            return issue;
        }
    }

    class AssignValidationResult extends IssueValidationResult {

        private final String assigneeId;

        public AssignValidationResult(MutableIssue issue, ErrorCollection errors, String assigneeId) {
            super(issue, errors);
            this.assigneeId = assigneeId;
        }

        public String getAssigneeId() {
            return assigneeId;
        }
    }

    class IssueResult extends IssueValidationResult {

        public IssueResult(MutableIssue issue) {
            super(issue, null);
        }

        public IssueResult(MutableIssue issue, ErrorCollection errors) {
            super(issue, errors);
        }
    }
}
