package io.backstop.app.library;

import io.backstop.app.store.SchemaPart;
import io.backstop.app.store.EntityStore;
import io.backstop.core.library.AnsweredQuestion;
import io.backstop.core.library.Entry;
import io.backstop.core.library.EntryState;
import io.backstop.core.library.SearchQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.java.ao.Query;

/**
 * The library's rows and its word index. A search reads the postings of its rarest word first and checks the
 * other words only among those entries, so its cost follows the rarest word, not the library's size; the caller
 * applies core's rules to the candidates it returns. The caller holds the locks that make read-modify-writes safe.
 */
public final class LibraryStore {

    /** The answer library (version 3): entries, their word index, the traces of answered questions. */
    public static final SchemaPart SCHEMA = SchemaPart.since(3, LibraryEntryEntity.class, LibraryWordEntity.class,
            AnsweredEntity.class);
    /** Longer words are indexed by their first {@value} characters (core's rules then compare them whole). */
    public static final int MAX_WORD = 100;
    /** A trace keeps this much of the client's message. */
    public static final int MAX_TRACE_QUESTION = 2000;
    /** Every column of an entry (the entity is not preloaded). */
    static final String FULL = "ID, QUESTION, ANSWER, SERVICE, OPERATION, ISSUE_KEY, REPLY_REF, AUTHOR, TAGS, "
            + "REUSES, STATE, MERGED_INTO, CREATED_AT";
    /** Ids per {@code IN (...)} list. */
    private static final int CHUNK = 500;

    private final EntityStore store;

    public LibraryStore(EntityStore store) {
        this.store = store;
    }

    // Entries

    /** Stores a new entry and indexes its words; returns it with its id. */
    public Entry create(Entry entry, Optional<String> replyRef) {
        return store.inTransaction(() -> {
            Map<String, Object> values = new HashMap<>();
            values.put("QUESTION", entry.question());
            values.put("ANSWER", entry.answer());
            values.put("AUTHOR", entry.author());
            values.put("REUSES", entry.reuses());
            values.put("STATE", entry.state().name());
            values.put("CREATED_AT", entry.createdAt().toEpochMilli());
            LibraryEntryEntity row = store.create(LibraryEntryEntity.class, values);
            entry.service().ifPresent(row::setService);
            entry.operation().ifPresent(row::setOperation);
            entry.issue().ifPresent(row::setIssueKey);
            replyRef.ifPresent(row::setReplyRef);
            row.setTags(String.join("\n", entry.tags()));
            row.save();
            Entry stored = entry.withId(row.getID());
            index(stored);
            return stored;
        });
    }

    public Optional<Entry> entry(long id) {
        if (id < 1 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        LibraryEntryEntity[] found = store.find(LibraryEntryEntity.class, Query.select(FULL).where("ID = ?", id));
        return found.length == 0 ? Optional.empty() : Optional.of(toEntry(found[0]));
    }

    /** The entry made from the tracker's reply {@code replyRef}, if any. */
    public Optional<Entry> byReply(String replyRef) {
        LibraryEntryEntity[] found = store.find(LibraryEntryEntity.class,
                Query.select(FULL).where("REPLY_REF = ?", replyRef));
        return found.length == 0 ? Optional.empty() : Optional.of(toEntry(found[0]));
    }

    /** Writes {@code entry} over its row; re-indexes when its words changed. */
    public Entry update(Entry entry) {
        return store.inTransaction(() -> {
            Entry before = entry(entry.id()).orElseThrow();
            LibraryEntryEntity row = store.get(LibraryEntryEntity.class, (int) entry.id());
            row.setQuestion(entry.question());
            row.setAnswer(entry.answer());
            row.setService(entry.service().orElse(null));
            row.setOperation(entry.operation().orElse(null));
            row.setTags(String.join("\n", entry.tags()));
            row.setReuses(entry.reuses());
            row.setState(entry.state().name());
            row.setMergedInto(entry.mergedInto().orElse(null));
            row.save();
            if (!before.equals(entry)) {
                store.deleteWithSQL(LibraryWordEntity.class, "ENTRY_ID = ?", entry.id());
                index(entry);
            }
            return entry;
        });
    }

    private void index(Entry entry) {
        for (String word : indexed(entry.words())) {
            Map<String, Object> values = new HashMap<>();
            values.put("WORD", word);
            values.put("ENTRY_ID", entry.id());
            values.put("ACTIVE", entry.active());
            values.put("RANK_KEY", rankKey(entry.reuses(), entry.id()));
            entry.service().ifPresent(s -> values.put("SERVICE", s));
            entry.operation().ifPresent(o -> values.put("OPERATION", o));
            store.create(LibraryWordEntity.class, values);
        }
    }

    /** See {@link LibraryWordEntity#getRankKey()}; reuses beyond 2^31 rank as 2^31 (never reached by people). */
    static long rankKey(long reuses, long entryId) {
        return -((Math.min(reuses, Integer.MAX_VALUE) << 31) + entryId);
    }

    private static Set<String> indexed(Set<String> words) {
        Set<String> cut = new LinkedHashSet<>();
        words.forEach(w -> cut.add(w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w));
        return cut;
    }

    /**
     * The ids of at most {@code want} active entries passing the query's filters that contain every query word by
     * the index, most reused first, then newest ({@code Library.RANKING}). The rarest word's postings come from the
     * database already filtered and ranked, a page at a time; each page keeps the entries the other words have
     * postings for, until {@code want} are found. No text is read.
     */
    public List<Long> rankedIds(SearchQuery query, int want) {
        Set<String> terms = indexed(query.terms());
        if (terms.isEmpty()) {
            return mostReused(query, want);
        }
        List<String> rarestFirst = rarestFirst(terms);
        if (rarestFirst.isEmpty()) {
            return List.of(); // a word nothing has: nothing matches
        }
        List<Object> params = new ArrayList<>(List.of(rarestFirst.get(0), true));
        String filter = filtered("WORD = ? AND ACTIVE = ?", params, query);
        List<Long> found = new ArrayList<>();
        // pages grow fourfold: few words together are rare, so a second page is usually a long one
        int page = Math.max(want, 100);
        for (int offset = 0; found.size() < want; offset += page, page = Math.min(page * 4, 20_000)) {
            LibraryWordEntity[] postings = store.find(LibraryWordEntity.class, Query.select("ID, ENTRY_ID, RANK_KEY")
                    .where(filter, params.toArray()).order("RANK_KEY").limit(page).offset(offset));
            List<Long> ids = new ArrayList<>(postings.length);
            for (LibraryWordEntity posting : postings) {
                ids.add(posting.getEntryId());
            }
            Set<Long> kept = withEveryTerm(ids, rarestFirst.subList(1, rarestFirst.size()));
            for (Long id : ids) {
                if (kept.contains(id) && found.size() < want) {
                    found.add(id);
                }
            }
            if (postings.length < page) {
                break;
            }
        }
        return found;
    }

    /** Without indexed words: the active entries passing the filters, most reused first, then newest. */
    private List<Long> mostReused(SearchQuery query, int want) {
        List<Object> params = new ArrayList<>(List.of(EntryState.ACTIVE.name()));
        String filter = filtered("STATE = ?", params, query);
        List<Long> ids = new ArrayList<>();
        for (LibraryEntryEntity row : store.find(LibraryEntryEntity.class, Query.select("ID, REUSES")
                .where(filter, params.toArray()).order("REUSES DESC, ID DESC").limit(want))) {
            ids.add((long) row.getID());
        }
        return ids;
    }

    /** The query's service and operation added to {@code base}, their values to {@code params}. */
    private static String filtered(String base, List<Object> params, SearchQuery query) {
        StringBuilder filter = new StringBuilder(base);
        query.service().ifPresent(s -> {
            filter.append(" AND SERVICE = ?");
            params.add(s);
        });
        query.operation().ifPresent(o -> {
            filter.append(" AND OPERATION = ?");
            params.add(o);
        });
        return filter.toString();
    }

    /** The words, rarest first by their postings; empty when one has none. */
    private List<String> rarestFirst(Set<String> terms) {
        List<String> rarestFirst = new ArrayList<>(terms);
        if (rarestFirst.size() > 1) {
            Map<String, Integer> counts = new HashMap<>();
            for (String term : rarestFirst) {
                int count = store.count(LibraryWordEntity.class, Query.select().where("WORD = ?", term));
                if (count == 0) {
                    return List.of();
                }
                counts.put(term, count);
            }
            rarestFirst.sort(Comparator.comparing(counts::get));
        }
        return rarestFirst;
    }

    /** Those of {@code ids} that have a posting for every one of {@code terms}. */
    private Set<Long> withEveryTerm(List<Long> ids, List<String> terms) {
        Set<Long> kept = new HashSet<>(ids);
        for (String term : terms) {
            Set<Long> withTerm = new HashSet<>();
            for (List<Long> chunk : chunks(new ArrayList<>(kept))) {
                List<Object> args = new ArrayList<>(List.of(term));
                args.addAll(chunk);
                for (LibraryWordEntity posting : store.find(LibraryWordEntity.class, Query.select("ID, ENTRY_ID")
                        .where("WORD = ? AND ENTRY_ID IN (" + marks(chunk.size()) + ")", args.toArray()))) {
                    withTerm.add(posting.getEntryId());
                }
            }
            kept = withTerm;
        }
        return kept;
    }

    /** The entries of {@code ids} in that order (ids no longer stored are left out). */
    public List<Entry> entries(List<Long> ids) {
        Map<Long, Entry> byId = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            for (LibraryEntryEntity row : store.find(LibraryEntryEntity.class, Query.select(FULL)
                    .where("ID IN (" + marks(chunk.size()) + ")", chunk.toArray()))) {
                byId.put((long) row.getID(), toEntry(row));
            }
        }
        List<Entry> ordered = new ArrayList<>(ids.size());
        ids.forEach(id -> Optional.ofNullable(byId.get(id)).ifPresent(ordered::add));
        return ordered;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    public int count() {
        return store.count(LibraryEntryEntity.class, Query.select());
    }

    private static Entry toEntry(LibraryEntryEntity row) {
        String tags = row.getTags();
        List<String> tagList = tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n"));
        return new Entry(row.getID(), row.getQuestion(), row.getAnswer(), Optional.ofNullable(row.getService()),
                Optional.ofNullable(row.getOperation()), Optional.ofNullable(row.getIssueKey()), row.getAuthor(),
                new LinkedHashSet<>(tagList), row.getReuses(), EntryState.valueOf(row.getState()),
                Optional.ofNullable(row.getMergedInto()), Instant.ofEpochMilli(row.getCreatedAt()));
    }

    // Traces of replies

    public void recordAnswered(AnsweredQuestion answered) {
        Map<String, Object> values = new HashMap<>();
        values.put("ISSUE_KEY", answered.issue());
        String question = answered.question();
        values.put("QUESTION", question.length() > MAX_TRACE_QUESTION
                ? question.substring(0, MAX_TRACE_QUESTION) : question);
        values.put("AT", answered.at().toEpochMilli());
        AnsweredEntity row = store.create(AnsweredEntity.class, values);
        row.setPerson(answered.by());
        answered.operation().ifPresent(row::setOperation);
        row.save();
    }

    /** The traces of replies made at or after {@code since}, oldest first. */
    public List<AnsweredQuestion> answeredSince(Instant since) {
        List<AnsweredQuestion> list = new ArrayList<>();
        for (AnsweredEntity row : store.find(AnsweredEntity.class,
                Query.select().where("AT >= ?", since.toEpochMilli()).order("AT, ID"))) {
            list.add(new AnsweredQuestion(Optional.ofNullable(row.getOperation()), row.getIssueKey(),
                    row.getQuestion(), row.getPerson(), Instant.ofEpochMilli(row.getAt())));
        }
        return list;
    }
}
