package io.backstop.app.results.complaints;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A client's complaint: who it is about, who flagged it, where it stands and its whole history (JSON). */
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

    /** [{action, by, at}], the first the flag. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getHistory();

    void setHistory(String history);
}
