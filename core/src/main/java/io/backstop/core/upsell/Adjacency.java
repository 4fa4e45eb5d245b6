package io.backstop.core.upsell;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;

/**
 * A row of the service adjacency table: a client of service {@code from} is a natural buyer of {@code to}.
 *
 * @param level how hard the sale is, 1 (easy) and up; a sold offer earns level x its amount band's points
 *              ({@link UpsellRules})
 * @param points how much the department wants this offer made: the panel and the table list offers by it
 */
public record Adjacency(String from, String to, int level, int points) {

    public Adjacency {
        Check.code(from, "from");
        Check.code(to, "to");
        if (from.equals(to)) {
            throw Check.invalid("to", Problem.of("error.upsell.differFromFrom", to));
        }
        Check.positive(level, "level");
        Check.notNegative(points, "points");
    }
}
