package io.backstop.core.library;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The library's rules: which entries a search finds and in what order, and what merging and retiring do. Stores
 * may narrow the candidates with an index first; the answer must be the one {@link #search} gives over all entries.
 */
public final class Library {

    /** Most reused first; among equals the newer entry (higher id) first, so fresh answers surface. */
    public static final Comparator<Entry> RANKING = Comparator.comparingLong(Entry::reuses).reversed()
            .thenComparing(Comparator.comparingLong(Entry::id).reversed());

    private Library() {
    }

    /** Active entries passing the filters whose words contain every query word, ranked, at most {@code limit}. */
    public static List<Entry> search(Collection<Entry> entries, SearchQuery query) {
        return search(entries, query, Entry::words);
    }

    /**
     * As {@link #search(Collection, SearchQuery)}, matching each entry on the words {@code wordsOf} gives (a caller
     * who may not see an entry's question matches on its {@link Entry#answerWords()} only).
     */
    public static List<Entry> search(Collection<Entry> entries, SearchQuery query,
                                     Function<Entry, Set<String>> wordsOf) {
        Set<String> terms = query.terms();
        return entries.stream()
                .filter(Entry::active)
                .filter(query::passesFilters)
                .filter(e -> wordsOf.apply(e).containsAll(terms))
                .sorted(RANKING)
                .limit(query.limit())
                .toList();
    }

    /**
     * Folds {@code source} into {@code target}: the target takes the source's reuses and tags and stays active; the
     * source is marked merged into the target. Returns {@code [target, source]} as they are after the merge.
     */
    public static Merge merge(Entry target, Entry source) {
        Check.notNull(target, "into");
        Check.notNull(source, "from");
        if (target.id() == source.id()) {
            throw Check.invalid("into", Problem.of("error.library.entryCannotMerged"));
        }
        if (!source.active()) {
            throw Check.invalid("from", Problem.of("error.library.entry",
                    source.id(), source.state().name().toLowerCase()));
        }
        if (!target.active()) {
            throw Check.invalid("into", Problem.of("error.library.entry",
                    target.id(), target.state().name().toLowerCase()));
        }
        Set<String> tags = new LinkedHashSet<>(target.tags());
        tags.addAll(source.tags());
        if (tags.size() > Entry.MAX_TAGS) {
            tags = new LinkedHashSet<>(tags.stream().limit(Entry.MAX_TAGS).toList());
        }
        Entry merged = target.with(EntryState.ACTIVE, Optional.empty(),
                Math.addExact(target.reuses(), source.reuses()), tags);
        Entry folded = source.with(EntryState.MERGED, Optional.of(target.id()), source.reuses(), source.tags());
        return new Merge(merged, folded);
    }

    /** The entry taken out of searches; its reuses stay on record. */
    public static Entry retire(Entry entry) {
        if (!entry.active()) {
            throw Check.invalid("id", Problem.of("error.library.entryAlready",
                    entry.id(), entry.state().name().toLowerCase()));
        }
        return entry.with(EntryState.RETIRED, Optional.empty(), entry.reuses(), entry.tags());
    }

    /** The outcome of {@link #merge}. */
    public record Merge(Entry into, Entry from) {
    }
}
