package io.backstop.app.port;

import java.util.function.Supplier;

/**
 * Named mutual exclusion across the whole installation: Jira's cluster lock service on Data Center, plain locks
 * in the sandbox. Every change of a clock happens under its issue's lock, so two nodes never act on one issue at
 * once.
 */
@FunctionalInterface
public interface Locks {

    <T> T withLock(String name, Supplier<T> work);
}
