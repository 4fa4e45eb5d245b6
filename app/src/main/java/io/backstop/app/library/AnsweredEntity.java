package io.backstop.app.library;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The trace of a staff reply that ended a client's wait: the question it answered. */
@Preload
@Table("LIB_ANSWERED")
public interface AnsweredEntity extends Entity {

    /** The operation the reply earned, if any. */
    String getOperation();

    void setOperation(String operation);

    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    /** The client's message, cut to {@code LibraryStore.MAX_TRACE_QUESTION} characters. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getQuestion();

    void setQuestion(String question);

    String getPerson();

    void setPerson(String person);

    @NotNull
    @Indexed
    Long getAt();

    void setAt(Long at);
}
