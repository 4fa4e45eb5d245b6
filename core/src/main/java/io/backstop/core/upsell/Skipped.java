package io.backstop.core.upsell;

import java.util.Set;

/** A client the campaign would call but does not, with every reason that applies. */
public record Skipped(String client, Set<SkipReason> reasons) {

    public Skipped {
        reasons = Set.copyOf(reasons);
    }
}
