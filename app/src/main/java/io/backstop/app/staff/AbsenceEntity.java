package io.backstop.app.staff;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A recorded absence. The two flags say whether its start (rule 5) and end (rule 6) have been applied, so that the
 * watcher applies each boundary once, after a restart or on another node too.
 *
 * <p>Since schema version 4 an absence has a status: a manager's request waits for the head's decision and only an
 * approved absence takes work away. Rows from before have no status, no recording time and no decider: they were
 * recorded by the head or office and read as approved, with the moment they were handed in unknown.
 */
@Preload
@Table("ABSENCE")
public interface AbsenceEntity extends Entity {

    @NotNull
    @Indexed
    String getPerson();

    void setPerson(String person);

    @NotNull
    @Indexed
    Long getStartsAt();

    void setStartsAt(Long startsAt);

    @NotNull
    @Indexed
    Long getEndsAt();

    void setEndsAt(Long endsAt);

    @NotNull
    String getKind();

    void setKind(String kind);

    String getCreatedBy();

    void setCreatedBy(String createdBy);

    boolean isStartApplied();

    void setStartApplied(boolean startApplied);

    boolean isEndApplied();

    void setEndApplied(boolean endApplied);

    /** {@code REQUESTED}, {@code APPROVED}, {@code REFUSED} or {@code WITHDRAWN}; null for rows from before version 4 (approved). */
    @Indexed
    String getStatus();

    void setStatus(String status);

    /** When the absence was recorded or requested (epoch millis); null for rows from before version 4. */
    Long getRecordedAt();

    void setRecordedAt(Long recordedAt);

    String getDecidedBy();

    void setDecidedBy(String decidedBy);

    Long getDecidedAt();

    void setDecidedAt(Long decidedAt);

    /** Why, in the requester's words ("driving school"). */
    String getReason();

    void setReason(String reason);
}
