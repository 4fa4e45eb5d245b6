package io.backstop.app.results.norms;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * Operations done for a client, pre-aggregated per month and operation: what the client's requests cost, to set
 * against what their orders bring (cheap orders that eat hours). Operations recorded without a client are not here.
 */
@Preload
@Table("RES_OP_CLIENT")
public interface ClientOperationEntity extends Entity {

    @NotNull
    @Indexed
    String getClient();

    void setClient(String client);

    /** ISO year-month ({@code 2026-11}), so text order is month order. */
    @NotNull
    @Indexed
    String getWorkMonth();

    void setWorkMonth(String workMonth);

    @NotNull
    String getOperation();

    void setOperation(String operation);

    @NotNull
    Long getOpCount();

    void setOpCount(Long opCount);
}
