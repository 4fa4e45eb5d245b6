package io.backstop.core.hotspot;

import io.backstop.core.validation.Check;
import java.util.Map;

/**
 * One order's month: what it brings and the operations its client's requests took.
 *
 * @param monthlyValueKopecks the order's value for the month, in kopecks; positive, since "hours per rouble"
 *                            means nothing for unpaid work (warranty work is looked at with {@link Hotspots#whereTimeGoes})
 * @param operations count per operation code in the month
 */
public record OrderLoad(String order, String client, String service, long monthlyValueKopecks,
                        Map<String, Long> operations) {

    public OrderLoad {
        Check.notBlank(order, "order");
        Check.notBlank(client, "client");
        Check.notBlank(service, "service");
        Check.positive(monthlyValueKopecks, "monthlyValueKopecks");
        operations = Check.map(operations, "operations");
        operations.forEach((code, count) -> Check.notNegative(count, "operations[" + code + "]"));
    }
}
