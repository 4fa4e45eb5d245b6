package io.backstop.sandbox.tracker;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** An issue of the sandbox's own small tracker. */
@Preload
@Table("SBX_ISSUE")
public interface IssueEntity extends Entity {

    @NotNull
    @Unique
    @Indexed
    String getIssueKey();

    void setIssueKey(String issueKey);

    String getSummary();

    void setSummary(String summary);

    /** What the client wrote when opening the issue, below the summary (Jira's description). */
    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /** ISO date promised to the client for this work, if any (Jira's due date). */
    String getPromisedOn();

    void setPromisedOn(String promisedOn);

    String getClient();

    void setClient(String client);

    String getIssueType();

    void setIssueType(String issueType);

    String getPriority();

    void setPriority(String priority);

    @NotNull
    String getOwner();

    void setOwner(String owner);

    @NotNull
    String getAssignee();

    void setAssignee(String assignee);

    boolean isResolved();

    void setResolved(boolean resolved);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long createdAt);
}
