package io.backstop.app.promise;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A promise a holding reply made (rule 11), kept for results after it closes: one row per promise, written when it
 * is made and once more when it closes. Instants are epoch milliseconds.
 */
@Preload
@Table("PROMISE")
public interface PromiseEntity extends Entity {

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String issueKey);

    /** Who promised: the broken ones count against them. */
    @NotNull
    @Indexed
    String getMadeBy();

    void setMadeBy(String madeBy);

    @NotNull
    @Indexed
    Long getMadeAt();

    void setMadeAt(Long madeAt);

    @NotNull
    Long getDue();

    void setDue(Long due);

    /** A {@code PromiseOutcome} name; OPEN until it closes. */
    @NotNull
    @Indexed
    String getOutcome();

    void setOutcome(String outcome);

    Long getClosedAt();

    void setClosedAt(Long closedAt);
}
