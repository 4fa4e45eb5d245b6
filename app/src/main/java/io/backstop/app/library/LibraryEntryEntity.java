package io.backstop.app.library;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An answer library entry; its words are in {@link LibraryWordEntity} for search. Not preloaded: a search ranks
 * candidates by {@code ID, REUSES} alone and reads the texts of the few it shows ({@code LibraryStore.FULL}).
 */
@Table("LIB_ENTRY")
public interface LibraryEntryEntity extends Entity {

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getQuestion();

    void setQuestion(String question);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getAnswer();

    void setAnswer(String answer);

    @Indexed
    String getService();

    void setService(String service);

    @Indexed
    String getOperation();

    void setOperation(String operation);

    @Indexed
    String getIssueKey();

    void setIssueKey(String issueKey);

    /** The tracker's id of the reply the entry was made from; one entry per reply. */
    @Indexed
    String getReplyRef();

    void setReplyRef(String replyRef);

    @NotNull
    String getAuthor();

    void setAuthor(String author);

    /** Tags, one per line. */
    @StringLength(StringLength.UNLIMITED)
    String getTags();

    void setTags(String tags);

    @NotNull
    @Indexed
    Long getReuses();

    void setReuses(Long reuses);

    /** An {@code EntryState} name. */
    @NotNull
    @Indexed
    String getState();

    void setState(String state);

    Long getMergedInto();

    void setMergedInto(Long mergedInto);

    @NotNull
    Long getCreatedAt();

    void setCreatedAt(Long createdAt);
}
