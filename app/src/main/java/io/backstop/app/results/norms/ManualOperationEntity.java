package io.backstop.app.results.norms;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * An operation recorded by hand (issue 17), one row per record: what caps a person's manual minutes of a day at
 * their present time, and, for a write into a month the head closed, the log of who wrote what and when. The
 * earned minutes are also added to {@link OperationDayEntity}, which every read of norm-hours uses.
 */
@Preload
@Table("RES_OP_MANUAL")
public interface ManualOperationEntity extends Entity {

    @NotNull
    @Indexed
    String getPerson();

    void setPerson(String person);

    /** ISO date, so text order is date order. */
    @NotNull
    @Indexed
    String getWorkDay();

    void setWorkDay(String workDay);

    @NotNull
    String getOperation();

    void setOperation(String operation);

    @NotNull
    Long getOpCount();

    void setOpCount(Long opCount);

    @NotNull
    Long getNormMinutes();

    void setNormMinutes(Long normMinutes);

    /** The issue the work was for; null when only a client was named. */
    String getIssueKey();

    void setIssueKey(String issueKey);

    /** The client the work was for (the issue's own when an issue was named); null for an issue without one. */
    String getClient();

    void setClient(String client);

    @NotNull
    String getRecordedBy();

    void setRecordedBy(String recordedBy);

    /** Epoch milliseconds. */
    @NotNull
    Long getRecordedAt();

    void setRecordedAt(Long recordedAt);

    /** Written into a month the head had closed: the head's correction, shown in the log. */
    @NotNull
    @Indexed
    Boolean getAfterClose();

    void setAfterClose(Boolean afterClose);
}
