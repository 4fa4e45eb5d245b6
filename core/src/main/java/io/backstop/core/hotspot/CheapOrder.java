package io.backstop.core.hotspot;

import java.util.List;

/**
 * An order that eats more hours than its value warrants.
 *
 * @param normHoursPerThousandRoubles norm-hours spent per 1000 roubles of the month's order value
 * @param operations where its time went, most first
 */
public record CheapOrder(OrderLoad load, long minutes, double normHoursPerThousandRoubles,
                         List<OperationTime> operations) {

    public CheapOrder {
        operations = List.copyOf(operations);
    }
}
