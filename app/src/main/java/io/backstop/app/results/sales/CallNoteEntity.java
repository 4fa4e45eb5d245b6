package io.backstop.app.results.sales;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * What was written about one client's row of a campaign's call list (schema step 12, issue 17): the head assigning
 * a caller, or the caller recording an outcome. Rows are only added, so who changed what stays on record; a list
 * reads the latest of each kind written within its cycle.
 */
@Preload
@Table("RES_CALL_NOTE")
public interface CallNoteEntity extends Entity {

    @NotNull
    @Indexed
    String getCampaign();

    void setCampaign(String campaign);

    @NotNull
    String getClient();

    void setClient(String client);

    /** {@code CALLER} or {@code OUTCOME}. */
    @NotNull
    String getKind();

    void setKind(String kind);

    /** The caller's user name, or a {@code CallOutcome} name. */
    @NotNull
    String getWritten();

    void setWritten(String written);

    /** Who wrote it. */
    @NotNull
    String getPerson();

    void setPerson(String person);

    /** When, epoch millis. */
    @NotNull
    Long getAt();

    void setAt(Long at);

    /** The list's day it was written on, ISO date: what a cycle's window compares. */
    @NotNull
    @Indexed
    String getOnDay();

    void setOnDay(String onDay);
}
