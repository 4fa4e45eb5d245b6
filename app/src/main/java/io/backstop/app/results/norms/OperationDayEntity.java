package io.backstop.app.results.norms;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Operations done, pre-aggregated: one row per person, day and operation, its count and earned norm minutes
 * increased as each operation is recorded. A read of a month touches at most people x days x operations rows,
 * however long the history.
 */
@Preload
@Table("RES_OP_DAY")
public interface OperationDayEntity extends Entity {

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

    /** Earned norm minutes: count x the norm in force when each was recorded. */
    @NotNull
    Long getNormMinutes();

    void setNormMinutes(Long normMinutes);
}
