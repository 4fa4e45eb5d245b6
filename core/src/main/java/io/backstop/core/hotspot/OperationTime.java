package io.backstop.core.hotspot;

/**
 * Time an operation took: count x norm, and its share of the total it was measured against.
 *
 * @param share minutes / total minutes, in [0, 1]; 0 when the total is 0
 */
public record OperationTime(String operation, String name, long count, int standardMinutes, long minutes,
                            double share) {

    public double normHours() {
        return minutes / 60.0;
    }
}
