package io.backstop.core.library;

/** Whether an entry is offered: active ones are; retired and merged ones stay for the record only. */
public enum EntryState {
    ACTIVE,
    RETIRED,
    /** Folded into another entry, which took its reuses. */
    MERGED
}
