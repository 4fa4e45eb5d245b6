package io.backstop.core.whatif;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.Duration;
import java.util.Optional;

/** One change to the department to try on a recorded period (see {@link WhatIf} for who then answers and when). */
public sealed interface Change {

    /** The seed of the random absences of a new person when the head gives none: reproducible answers. */
    long DEFAULT_SEED = 21;

    /** Another default response goal; goals that override it for some issue types keep their own. */
    record Threshold(Duration respondWithin, Optional<Duration> queueAfter) implements Change {
        public Threshold {
            Check.notNull(respondWithin, "respondWithin");
            if (respondWithin.isNegative() || respondWithin.isZero()) {
                throw Check.invalid("respondWithin", Problem.of("error.whatif.positiveDuration", respondWithin));
            }
            Check.notNull(queueAfter, "queueAfter");
            queueAfter.ifPresent(q -> checkQueueAfter(q));
        }
    }

    /**
     * Another of the department's people works as the operator and the operator takes over their clients (the two
     * swap places); or, with {@code queueAfter} N, the operator (the present one or the chosen one) sees a message
     * after N working minutes unanswered instead of the policy's {@code queueAfter}.
     */
    record Operator(String person, Optional<Duration> queueAfter) implements Change {
        public Operator {
            Check.notBlank(person, "person");
            Check.notNull(queueAfter, "queueAfter");
            queueAfter.ifPresent(q -> checkQueueAfter(q));
        }

        public Operator(String person) {
            this(person, Optional.empty());
        }
    }

    /**
     * One more manager, who takes a share of the managers' issues and is away at the department's unplanned rate,
     * drawn from {@code seed}.
     */
    record ExtraManager(String name, long seed) implements Change {
        public ExtraManager {
            Check.notBlank(name, "name");
        }

        public ExtraManager(String name) {
            this(name, DEFAULT_SEED);
        }
    }

    /**
     * A stand-in manager: owns no clients, is every manager's first deputy (takes an absent manager's messages before
     * anyone else does), and is away at the department's unplanned rate, drawn from {@code seed}.
     */
    record StandIn(String name, long seed) implements Change {
        public StandIn {
            Check.notBlank(name, "name");
        }
    }

    private static void checkQueueAfter(Duration q) {
        if (q.isNegative()) {
            throw Check.invalid("queueAfter", Problem.of("error.input.negativeGot", q));
        }
    }
}
