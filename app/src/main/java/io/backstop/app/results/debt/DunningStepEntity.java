package io.backstop.app.results.debt;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A dunning step against a debtor: taken at once, or waiting for the head's approval when the guard for large
 * clients holds it, then approved or refused. The guard's reason is kept as it was decided.
 */
@Preload
@Table("RES_DUNNING")
public interface DunningStepEntity extends Entity {

    @NotNull
    @Indexed
    String getClient();

    void setClient(String client);

    @NotNull
    String getAction();

    void setAction(String action);

    @NotNull
    String getPerson();

    void setPerson(String person);

    /** Epoch milliseconds. */
    @NotNull
    @Indexed
    Long getAt();

    void setAt(Long at);

    /** TAKEN, PENDING, APPROVED or REFUSED. */
    @NotNull
    @Indexed
    String getStatus();

    void setStatus(String status);

    @StringLength(StringLength.UNLIMITED)
    String getReason();

    void setReason(String reason);

    String getDecidedBy();

    void setDecidedBy(String decidedBy);

    Long getDecidedAt();

    void setDecidedAt(Long decidedAt);
}
