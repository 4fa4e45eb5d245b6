package io.backstop.core.onboarding;

import io.backstop.core.norms.Operation;

/**
 * One operation in the order a newcomer should learn it.
 *
 * @param timesDone how often the department did it in the period looked at
 * @param normHours {@code timesDone} times its norm: the share of the department's work it stands for
 */
public record LearningStep(int rank, Operation operation, long timesDone, double normHours) {
}
