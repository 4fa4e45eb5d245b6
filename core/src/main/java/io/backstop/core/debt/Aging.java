package io.backstop.core.debt;

import io.backstop.core.validation.Check;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Receivables on a date: what is not yet due, and the overdue part by bucket. The buckets partition the overdue
 * amount: every overdue kopeck is in exactly one.
 *
 * @param overdueKopecks every bucket present, zero where nothing is overdue
 */
public record Aging(LocalDate at, long notDueKopecks, Map<AgingBucket, Long> overdueKopecks) {

    public Aging {
        Check.notNull(at, "at");
        Check.notNegative(notDueKopecks, "notDueKopecks");
        Check.notNull(overdueKopecks, "overdueKopecks");
        EnumMap<AgingBucket, Long> all = new EnumMap<>(AgingBucket.class);
        for (AgingBucket bucket : AgingBucket.values()) {
            Long amount = overdueKopecks.get(bucket);
            all.put(bucket, amount == null ? 0L : Check.notNegative(amount, "overdueKopecks[" + bucket + "]"));
        }
        overdueKopecks = Collections.unmodifiableMap(all);
    }

    public static Aging empty(LocalDate at) {
        return new Aging(at, 0, Map.of());
    }

    public long bucket(AgingBucket bucket) {
        return overdueKopecks.get(bucket);
    }

    public long overdue() {
        return overdueKopecks.values().stream().mapToLong(Long::longValue).sum();
    }

    public long total() {
        return notDueKopecks + overdue();
    }

    /** The oldest bucket with money in it, if anything is overdue. */
    public Optional<AgingBucket> worst() {
        AgingBucket worst = null;
        for (AgingBucket bucket : AgingBucket.values()) {
            if (bucket(bucket) > 0) {
                worst = bucket;
            }
        }
        return Optional.ofNullable(worst);
    }

    Aging plus(Debt debt) {
        if (debt.daysOverdue() == 0) {
            return new Aging(at, notDueKopecks + debt.outstandingKopecks(), overdueKopecks);
        }
        EnumMap<AgingBucket, Long> next = new EnumMap<>(overdueKopecks);
        next.merge(AgingBucket.of(debt.daysOverdue()), debt.outstandingKopecks(), Long::sum);
        return new Aging(at, notDueKopecks, next);
    }
}
