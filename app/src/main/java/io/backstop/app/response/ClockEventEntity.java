package io.backstop.app.response;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Something that happened to a clock: a tracker event, a reply (with its working time), a breach, or an automatic
 * or manual reassignment. The audit, the breach list, the issue timeline and the results read views of it.
 */
@Preload
@Table("CLOCK_EVENT")
public interface ClockEventEntity extends Entity {

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    @Indexed
    Long getAt();

    void setAt(Long at);

    /** A {@link ClockEventKind} name. */
    @NotNull
    @Indexed
    String getKind();

    void setKind(String kind);

    /** Who acted: the replying staff member, the client, or null for Backstop itself. */
    String getActor();

    void setActor(String actor);

    String getFromPerson();

    void setFromPerson(String fromPerson);

    String getToPerson();

    void setToPerson(String toPerson);

    /** BREACH, ABSENCE, RETURN or MANUAL, for reassignments. */
    String getReason();

    void setReason(String reason);

    Long getAwaitingSince();

    void setAwaitingSince(Long awaitingSince);

    Long getDue();

    void setDue(Long due);

    Long getWorkingSeconds();

    void setWorkingSeconds(Long workingSeconds);

    Boolean getOnTime();

    void setOnTime(Boolean onTime);

    @StringLength(StringLength.UNLIMITED)
    String getDetail();

    void setDetail(String detail);
}
