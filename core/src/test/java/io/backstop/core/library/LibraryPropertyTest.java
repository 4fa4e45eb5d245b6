package io.backstop.core.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Search, ranking and merge over random libraries drawn from a small vocabulary (so words do collide). */
class LibraryPropertyTest {

    private static final List<String> VOCABULARY = List.of("счёт", "счета", "отчёт", "отчётом", "реклама", "рекламы",
            "сайт", "хостинг", "баннер", "оплата", "договор", "продвижение", "report", "invoices", "banner");
    private static final List<String> SERVICES = List.of("seo", "direct", "hosting");
    private static final List<String> OPERATIONS = List.of("client-question", "monthly-report-explanation");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(VOCABULARY).list().ofMinSize(1).ofMaxSize(6).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<List<Entry>> libraries() {
        Arbitrary<Entry> entry = Combinators.combine(texts(), texts(),
                Arbitraries.of(SERVICES).optional(), Arbitraries.of(OPERATIONS).optional(),
                Arbitraries.longs().between(0, 50), Arbitraries.of(EntryState.ACTIVE, EntryState.RETIRED))
                .as((q, a, s, o, reuses, state) -> new Entry(0, q, a, s, o, Optional.empty(), "anna", Set.of(),
                        reuses, state, Optional.empty(), Instant.EPOCH));
        return entry.list().ofMaxSize(40).map(list -> {
            List<Entry> numbered = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                numbered.add(list.get(i).withId(i + 1));
            }
            return numbered;
        });
    }

    @Provide
    Arbitrary<SearchQuery> queries() {
        return Combinators.combine(Arbitraries.of(VOCABULARY).list().ofMaxSize(3).map(w -> String.join(", ", w)),
                Arbitraries.of(SERVICES).optional(), Arbitraries.of(OPERATIONS).optional(),
                Arbitraries.integers().between(1, 50)).as(SearchQuery::new);
    }

    @Property(tries = 500)
    void everyHitIsActiveMatchesAllWordsAndFiltersAndComesMostReusedFirst(@ForAll("libraries") List<Entry> library,
                                                                          @ForAll("queries") SearchQuery query) {
        List<Entry> hits = Library.search(library, query);
        assertThat(hits.size()).isLessThanOrEqualTo(query.limit());
        for (Entry hit : hits) {
            assertThat(hit.active()).isTrue();
            assertThat(hit.words()).containsAll(query.terms());
            query.service().ifPresent(s -> assertThat(hit.service()).contains(s));
            query.operation().ifPresent(o -> assertThat(hit.operation()).contains(o));
        }
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).reuses()).isLessThanOrEqualTo(hits.get(i - 1).reuses());
        }
    }

    @Property(tries = 500)
    void nothingMoreReusedIsLeftOut(@ForAll("libraries") List<Entry> library, @ForAll("queries") SearchQuery query) {
        List<Entry> hits = Library.search(library, query);
        long leastShown = hits.isEmpty() ? Long.MAX_VALUE : hits.get(hits.size() - 1).reuses();
        Set<Entry> shown = new HashSet<>(hits);
        for (Entry e : library) {
            boolean matches = e.active() && query.passesFilters(e) && e.words().containsAll(query.terms());
            if (matches && !shown.contains(e)) {
                assertThat(hits).hasSize(query.limit());
                assertThat(e.reuses()).isLessThanOrEqualTo(leastShown);
            }
        }
    }

    @Property(tries = 300)
    void caseYoAndPunctuationDoNotChangeTheWords(@ForAll("texts") String text) {
        String shouted = text.toUpperCase(Locale.ROOT).replace('Е', 'Ё');
        String punctuated = "«" + text.replace(" ", " ,— ") + "»?!";
        assertThat(Words.terms(shouted)).isEqualTo(Words.terms(text));
        assertThat(Words.terms(punctuated)).isEqualTo(Words.terms(text));
    }

    @Property(tries = 300)
    void mergingKeepsTheReusesAndLeavesOneActiveEntry(@ForAll("libraries") List<Entry> library,
                                                      @ForAll @IntRange(min = 0, max = 39) int a,
                                                      @ForAll @IntRange(min = 0, max = 39) int b) {
        if (a >= library.size() || b >= library.size() || a == b) {
            return;
        }
        Entry into = library.get(a);
        Entry from = library.get(b);
        if (!into.active() || !from.active()) {
            return;
        }
        Library.Merge merge = Library.merge(into, from);
        assertThat(merge.into().reuses()).isEqualTo(into.reuses() + from.reuses());
        assertThat(merge.into().active()).isTrue();
        assertThat(merge.from().state()).isEqualTo(EntryState.MERGED);
        assertThat(merge.from().mergedInto()).contains(into.id());
        List<Entry> after = new ArrayList<>(library);
        after.set(a, merge.into());
        after.set(b, merge.from());
        long before = library.stream().filter(Entry::active).mapToLong(Entry::reuses).sum();
        assertThat(after.stream().filter(Entry::active).mapToLong(Entry::reuses).sum()).isEqualTo(before);
        assertThat(Library.search(after, new SearchQuery("", Optional.empty(), Optional.empty(), 200)))
                .doesNotContain(merge.from());
    }
}
