package io.backstop.core.upsell;

import java.util.List;

/** One client against the checklists of their services: what is required, what was offered, what is missing. */
public record ClientCoverage(String client, List<String> required, List<String> made, List<String> missing) {

    public ClientCoverage {
        required = List.copyOf(required);
        made = List.copyOf(made);
        missing = List.copyOf(missing);
    }

    public Coverage coverage() {
        return new Coverage(required.size(), made.size());
    }
}
