package io.backstop.app.results.debt;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * An invoice to a client. {@code PAID_KOPECKS} is the sum of its payments, kept up to date as each is recorded, so
 * the open receivables are one indexed read.
 */
@Preload
@Table("RES_RECEIVABLE")
public interface ReceivableEntity extends Entity {

    /** The invoice number, unique. */
    @NotNull
    @Indexed
    String getRef();

    void setRef(String ref);

    @NotNull
    @Indexed
    String getClient();

    void setClient(String client);

    /** The client's manager: who calls first. */
    @Indexed
    String getManager();

    void setManager(String manager);

    /** The service invoiced, if any: an order of it for campaigns. */
    String getService();

    void setService(String service);

    @NotNull
    Long getAmountKopecks();

    void setAmountKopecks(Long amountKopecks);

    @NotNull
    @Indexed
    String getIssuedOn();

    void setIssuedOn(String issuedOn);

    @NotNull
    String getDueOn();

    void setDueOn(String dueOn);

    @NotNull
    Long getPaidKopecks();

    void setPaidKopecks(Long paidKopecks);

    @Indexed
    boolean isSettled();

    void setSettled(boolean settled);

    /** ISO date of the payment that settled it (schema step 6), so a past period still sees it as owed then. */
    @Indexed
    String getSettledOn();

    void setSettledOn(String settledOn);
}
