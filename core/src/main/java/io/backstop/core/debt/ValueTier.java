package io.backstop.core.debt;

/** How much a client is worth keeping, by {@link ClientValue}'s score: the higher, the earlier the head comes in. */
public enum ValueTier {
    HIGH,
    MEDIUM,
    LOW
}
