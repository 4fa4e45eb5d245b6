package io.backstop.core.hotspot;

import io.backstop.core.validation.Check;
import io.backstop.core.norms.Done;
import io.backstop.core.norms.NormCatalog;
import io.backstop.core.norms.Operation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Load hotspots (пятна загрузки): where the time goes, and which cheap orders eat hours. Time is norm time (count x
 * norm), the same the output counts, so the two pictures agree.
 */
public final class Hotspots {

    /**
     * Half a norm-hour a month per 1000 roubles of monthly value: a 2000-rouble support plan may take an hour a
     * month (two report explanations) before it is flagged.
     */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private Hotspots() {
    }

    /** Per operation: count x norm and its share of the total, most time first (then by code). */
    public static List<OperationTime> whereTimeGoes(NormCatalog catalog, Map<String, Long> counts) {
        Check.notNull(catalog, "catalog");
        Map<String, Long> checked = new TreeMap<>(Check.map(counts, "counts"));
        long total = 0;
        for (Map.Entry<String, Long> e : checked.entrySet()) {
            Check.notNegative(e.getValue(), "counts[" + e.getKey() + "]");
            total = Math.addExact(total, minutes(catalog.get(e.getKey()), e.getValue()));
        }
        List<OperationTime> times = new ArrayList<>();
        for (Map.Entry<String, Long> e : checked.entrySet()) {
            Operation op = catalog.get(e.getKey());
            long minutes = minutes(op, e.getValue());
            times.add(new OperationTime(op.code(), op.name(), e.getValue(), op.standardMinutes(), minutes,
                    total == 0 ? 0 : (double) minutes / total));
        }
        times.sort(Comparator.comparingLong(OperationTime::minutes).reversed().thenComparing(OperationTime::operation));
        return List.copyOf(times);
    }

    private static long minutes(Operation operation, long count) {
        return Math.multiplyExact(count, (long) operation.standardMinutes());
    }

    /** The same from the operations done (anyone's, any day: the caller picks the period and the people). */
    public static List<OperationTime> whereTimeGoes(NormCatalog catalog, Collection<Done> done) {
        Map<String, Long> counts = new TreeMap<>();
        Check.list(done, "done").forEach(d -> counts.merge(d.operation(), (long) d.count(), Long::sum));
        return whereTimeGoes(catalog, counts);
    }

    /** Norm-hours per 1000 roubles of monthly value: minutes / 60 / (kopecks / 100 000). */
    public static double normHoursPerThousandRoubles(long minutes, long monthlyValueKopecks) {
        Check.notNegative(minutes, "minutes");
        Check.positive(monthlyValueKopecks, "monthlyValueKopecks");
        return minutes / 60.0 * 100_000 / monthlyValueKopecks;
    }

    /** Orders above {@code threshold} norm-hours per 1000 roubles, worst first (then by order). */
    public static List<CheapOrder> cheapOrders(NormCatalog catalog, Collection<OrderLoad> loads, double threshold) {
        Check.notNull(catalog, "catalog");
        Check.finiteNotNegative(threshold, "threshold");
        List<CheapOrder> cheap = new ArrayList<>();
        for (OrderLoad load : Check.list(loads, "loads")) {
            List<OperationTime> times = whereTimeGoes(catalog, load.operations());
            long minutes = times.stream().mapToLong(OperationTime::minutes).sum();
            double ratio = normHoursPerThousandRoubles(minutes, load.monthlyValueKopecks());
            if (ratio > threshold) {
                cheap.add(new CheapOrder(load, minutes, ratio, times));
            }
        }
        cheap.sort(Comparator.comparingDouble(CheapOrder::normHoursPerThousandRoubles).reversed()
                .thenComparing(c -> c.load().order()));
        return List.copyOf(cheap);
    }

    /** What the cheap orders' time goes to, all of them together: the operations to standardise first. */
    public static List<OperationTime> onCheapOrders(NormCatalog catalog, Collection<CheapOrder> cheap) {
        Map<String, Long> counts = new TreeMap<>();
        Check.list(cheap, "cheap").forEach(c -> c.load().operations().forEach((code, n) -> counts.merge(code, n, Long::sum)));
        return whereTimeGoes(catalog, counts);
    }
}
