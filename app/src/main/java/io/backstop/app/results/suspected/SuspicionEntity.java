package io.backstop.app.results.suspected;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A client message that may be a complaint (schema step 11): one row per message that raised a suspicion, kept
 * after it is confirmed or dismissed (nothing is deleted). Instants are epoch milliseconds.
 */
@Preload
@Table("RES_SUSPICION")
public interface SuspicionEntity extends Entity {

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String issueKey);

    String getClient();

    void setClient(String client);

    /** Who a complaint would be about: the issue's home manager when the client wrote. */
    @NotNull
    String getAbout();

    void setAbout(String about);

    /** When the client wrote. */
    @NotNull
    @Indexed
    Long getWrittenAt();

    void setWrittenAt(Long writtenAt);

    /**
     * The client's sentence that raised it, quotes cut out; at most 300 characters; null when the host did not know
     * the text (a repeat is a suspicion all the same), as Active Objects keeps no empty text on every database.
     */
    @StringLength(StringLength.UNLIMITED)
    String getExcerpt();

    void setExcerpt(String excerpt);

    /** [{kind: WORD|REPEAT, word?}]. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSignals();

    void setSignals(String signals);

    /** A {@code SuspicionState} name. */
    @NotNull
    @Indexed
    String getState();

    void setState(String state);

    String getDecidedBy();

    void setDecidedBy(String decidedBy);

    @Indexed
    Long getDecidedAt();

    void setDecidedAt(Long decidedAt);

    /** Why it was dismissed. */
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    /** The complaint it became, when confirmed. */
    Integer getComplaintId();

    void setComplaintId(Integer complaintId);
}
