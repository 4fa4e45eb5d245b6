package io.backstop.app.results.sales;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** An offer of a further service made on an issue; its status changes when the client answers. */
@Preload
@Table("RES_OFFER")
public interface OfferEntity extends Entity {

    @NotNull
    @Indexed
    String getClient();

    void setClient(String client);

    @NotNull
    String getIssueKey();

    void setIssueKey(String issueKey);

    @NotNull
    String getBasis();

    void setBasis(String basis);

    @NotNull
    String getService();

    void setService(String service);

    /** An {@code OfferStatus} name. */
    @NotNull
    String getStatus();

    void setStatus(String status);

    @NotNull
    Long getAmountKopecks();

    void setAmountKopecks(Long amountKopecks);

    @NotNull
    @Indexed
    String getPerson();

    void setPerson(String person);

    /** When it was presented, epoch millis. */
    @NotNull
    @Indexed
    Long getAt();

    void setAt(Long at);
}
