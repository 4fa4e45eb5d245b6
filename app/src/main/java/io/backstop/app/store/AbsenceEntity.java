package io.backstop.app.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A recorded absence. The two flags say whether its start (rule 5) and end (rule 6) have been applied, so that the
 * watcher applies each boundary once, after a restart or on another node too.
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
}
