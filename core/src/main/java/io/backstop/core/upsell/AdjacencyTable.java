package io.backstop.core.upsell;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The service adjacency table (таблица смежности услуг): which service leads to which, and for how many points. */
public final class AdjacencyTable {

    private final List<Adjacency> rows;
    private final Map<String, Adjacency> byPair = new LinkedHashMap<>();

    public AdjacencyTable(List<Adjacency> rows) {
        this.rows = Check.list(rows, "rows");
        for (int i = 0; i < this.rows.size(); i++) {
            Adjacency row = this.rows.get(i);
            if (byPair.putIfAbsent(key(row.from(), row.to()), row) != null) {
                throw Check.invalid("rows[" + i + "]", Problem.of("error.upsell.listedTwice", row.from(), row.to()));
            }
        }
    }

    /**
     * A starting table for the agency's services (codes as in {@link Services}): level 1 is an easy add-on (5-10
     * points), 2 a second channel (15-20), 3 a project (25-30). The head tunes the points; the codes are stable.
     */
    public static AdjacencyTable departmentDefault() {
        return new AdjacencyTable(List.of(
                new Adjacency(Services.READY_SITE, Services.SITE_SUPPORT, 1, 10),
                new Adjacency(Services.READY_SITE, Services.HOSTING, 1, 5),
                new Adjacency(Services.READY_SITE, Services.SEO, 2, 20),
                new Adjacency(Services.READY_SITE, Services.DIRECT, 2, 20),
                new Adjacency(Services.MINIMAL_SUPPORT, Services.SITE_SUPPORT, 2, 15),
                new Adjacency(Services.SITE_SUPPORT, Services.BANNER, 1, 5),
                new Adjacency(Services.SITE_SUPPORT, Services.NEWS, 1, 5),
                new Adjacency(Services.SITE_SUPPORT, Services.SEO, 2, 20),
                new Adjacency(Services.SITE_SUPPORT, Services.DIRECT, 2, 20),
                new Adjacency(Services.SITE_SUPPORT, Services.DEVELOPMENT, 3, 30),
                new Adjacency(Services.SEO, Services.DIRECT, 2, 15),
                new Adjacency(Services.SEO, Services.DEVELOPMENT, 3, 25),
                new Adjacency(Services.DIRECT, Services.SEO, 2, 15),
                new Adjacency(Services.DIRECT, Services.BANNER, 1, 5),
                new Adjacency(Services.DEVELOPMENT, Services.SITE_SUPPORT, 1, 10),
                new Adjacency(Services.DEVELOPMENT, Services.HOSTING, 1, 5),
                new Adjacency(Services.DEVELOPMENT, Services.SEO, 2, 20),
                new Adjacency(Services.HOSTING, Services.SITE_SUPPORT, 2, 15),
                new Adjacency(Services.BANNER, Services.DIRECT, 2, 15),
                new Adjacency(Services.NEWS, Services.SITE_SUPPORT, 2, 15)));
    }

    public List<Adjacency> rows() {
        return rows;
    }

    /** What to offer a client of {@code service}: most points first, then by code. */
    public List<Adjacency> from(String service) {
        return rows.stream().filter(r -> r.from().equals(service))
                .sorted(Comparator.comparingInt(Adjacency::points).reversed().thenComparing(Adjacency::to))
                .toList();
    }

    public Optional<Adjacency> find(String from, String to) {
        return Optional.ofNullable(byPair.get(key(from, to)));
    }

    private static String key(String from, String to) {
        return from + "\n" + to;
    }
}
