package io.backstop.app.results.complaints;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A client's complaint: who it is about, who flagged it, where it stands and its whole history (JSON). Schema step
 * 10 added {@code SOURCE} and {@code ACTED_AT} (older rows are filled in by the step).
 */
@Preload
@Table("RES_COMPLAINT")
public interface ComplaintEntity extends Entity {

    @NotNull
    @Indexed
    String getClient();

    void setClient(String client);

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String issueKey);

    String getCommentRef();

    void setCommentRef(String commentRef);

    @NotNull
    @Indexed
    String getAbout();

    void setAbout(String about);

    @NotNull
    String getFlaggedBy();

    void setFlaggedBy(String flaggedBy);

    @NotNull
    @Indexed
    Long getFlaggedAt();

    void setFlaggedAt(Long flaggedAt);

    /** A {@code ComplaintState} name. */
    @NotNull
    @Indexed
    String getState();

    void setState(String state);

    /** [{action, by, at, reason?}], the first the flag. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getHistory();

    void setHistory(String history);

    /** A {@code ComplaintSource} name (step 10; null in a row of an older step, read as MANUAL). */
    @Indexed
    String getSource();

    void setSource(String source);

    /**
     * The time of the last change after the flag (epoch ms), null while there is none (step 10): the director's
     * log of a period reads only complaints acted on since its start.
     */
    @Indexed
    Long getActedAt();

    void setActedAt(Long actedAt);
}
