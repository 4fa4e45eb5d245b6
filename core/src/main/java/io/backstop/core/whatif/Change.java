package io.backstop.core.whatif;

import io.backstop.core.validation.Check;
import java.time.Duration;
import java.util.Optional;

/** One change to the department to try on a recorded period. */
public sealed interface Change {

    /** Another default response goal; goals that override it for some issue types keep their own. */
    record Threshold(Duration respondWithin, Optional<Duration> queueAfter) implements Change {
        public Threshold {
            Check.notNull(respondWithin, "respondWithin");
            if (respondWithin.isNegative() || respondWithin.isZero()) {
                throw Check.invalid("respondWithin", "must be a positive duration, got " + respondWithin);
            }
            Check.notNull(queueAfter, "queueAfter");
            queueAfter.ifPresent(q -> {
                if (q.isNegative()) {
                    throw Check.invalid("queueAfter", "must not be negative, got " + q);
                }
            });
        }
    }

    /** Another of the department's people works as the operator; the operator works as a manager. */
    record Operator(String person) implements Change {
        public Operator {
            Check.notBlank(person, "person");
        }
    }

    /** One more manager, who takes a share of the managers' issues (see {@link WhatIf}). */
    record ExtraManager(String name) implements Change {
        public ExtraManager {
            Check.notBlank(name, "name");
        }
    }
}
