package io.backstop.sandbox.tracker;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A comment on a sandbox issue: by the client, by staff, or an internal note. */
@Preload
@Table("SBX_COMMENT")
public interface CommentEntity extends Entity {

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    String getAuthor();

    void setAuthor(String author);

    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    boolean isInternal();

    void setInternal(boolean internal);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long createdAt);

    /** A staff reply's explicit mark: true holding, false "not holding" (detection turned off), null none. */
    Boolean getHolding();

    void setHolding(Boolean holding);

    /** The promise the mark names, epoch milliseconds; null: none. */
    Long getPromise();

    void setPromise(Long promise);

    /** The issue's due date as set with this reply (ISO date); null: not changed. */
    String getDueDateSet();

    void setDueDateSet(String dueDateSet);
}
