package io.backstop.app.results.debt;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** A payment against one receivable. */
@Preload
@Table("RES_PAYMENT")
public interface PaymentEntity extends Entity {

    @NotNull
    @Indexed
    String getReceivableRef();

    void setReceivableRef(String receivableRef);

    @NotNull
    Long getAmountKopecks();

    void setAmountKopecks(Long amountKopecks);

    @NotNull
    @Indexed
    String getPaidOn();

    void setPaidOn(String paidOn);
}
