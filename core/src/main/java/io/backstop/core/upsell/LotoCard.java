package io.backstop.core.upsell;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An offer checklist (карточка лото): the offers that must be made to every client of {@code service}. */
public record LotoCard(String service, List<String> offers) {

    public LotoCard {
        Check.code(service, "service");
        offers = Check.list(offers, "offers");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < offers.size(); i++) {
            Check.code(offers.get(i), "offers[" + i + "]");
            if (offers.get(i).equals(service)) {
                throw Check.invalid("offers[" + i + "]", Problem.of("error.upsell.differFromService", service));
            }
            if (!seen.add(offers.get(i))) {
                throw Check.invalid("offers[" + i + "]", Problem.of("error.input.listedTwice", offers.get(i)));
            }
        }
    }
}
