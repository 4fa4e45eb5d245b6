package io.backstop.core.norms;

/** Where a person's output falls against their band. */
public enum Verdict {
    BELOW,
    WITHIN,
    ABOVE
}
