package io.backstop.app.library;

import io.backstop.app.response.ReplyListener;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.response.ResponseViews;
import io.backstop.app.results.common.ResultsConfig;

import io.backstop.app.port.Locks;
import io.backstop.app.port.Tracker;
import io.backstop.app.port.TrackerComment;
import io.backstop.app.port.TrackerException;
import io.backstop.app.store.EntityStore;
import io.backstop.core.library.AnsweredQuestion;
import io.backstop.core.library.Entry;
import io.backstop.core.library.Library;
import io.backstop.core.library.MissingAnswer;
import io.backstop.core.library.MissingAnswers;
import io.backstop.core.library.QuestionSignature;
import io.backstop.core.library.SearchQuery;
import io.backstop.core.sla.Reply;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer library: staff mark a reply for it (the entry keeps the client's message it answered), search it
 * while answering, and use entries (each use counts); the head edits, merges and retires entries. Every staff reply
 * that ends a client's wait leaves a trace of the kind of question it answered, from which "answers the library is
 * missing" is drawn.
 *
 * <p>What an entry shows depends on the caller: its question and issue come from an issue, so a caller who may
 * not browse that issue sees neither, and finds the entry only by the words of its answer and tags.
 */
public final class LibraryDesk {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryDesk.class);
    /** The longest look-back for the missing-answers list, in days. */
    public static final int MAX_DAYS = 366;
    /** Candidates a coverage check reads. */
    private static final int SEARCH_WINDOW = 50;

    /** An entry as one caller may see it: the question and issue only if they may browse the issue. */
    public record Shown(Entry entry, boolean questionVisible) {
    }

    private final LibraryStore library;
    private final Tracker tracker;
    private final ResponseDesk responses;
    private final ResponseViews views;
    private final ResultsConfig results;
    private final Locks locks;

    public LibraryDesk(EntityStore store, Tracker tracker, ResponseDesk responses, ResponseViews views,
                       ResultsConfig results, Locks locks) {
        this.library = new LibraryStore(store);
        this.tracker = tracker;
        this.responses = responses;
        this.views = views;
        this.results = results;
        this.locks = locks;
    }

    // Marking

    /**
     * Makes a staff reply on {@code issue} an entry: the reply with the tracker id {@code replyId}, else the latest
     * staff reply. The question is what the client wrote since the staff's previous reply. The operation defaults to
     * the one the issue's type earns.
     */
    public Entry mark(String issue, Optional<String> replyId, Optional<String> service, Optional<String> operation,
                      Collection<String> tags, String by, Instant at) {
        Check.notBlank(issue, "issue");
        List<TrackerComment> conversation = tracker.conversation(issue);
        int index = -1;
        for (int i = conversation.size() - 1; i >= 0; i--) {
            TrackerComment c = conversation.get(i);
            boolean wanted = replyId.map(id -> id.equals(c.id())).orElse(true);
            if (wanted && responses.isStaff(c.author()) && !c.body().isBlank()) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            throw replyId.isPresent() ? Check.invalid("reply", Problem.of("error.library.staffReply",
                    replyId.get(), issue))
                    : Check.invalid("issue", Problem.of("error.library.hasStaffReply", issue));
        }
        TrackerComment reply = conversation.get(index);
        String question = questionBefore(conversation, index);
        Optional<String> op = operation.isPresent() ? operation : defaultOperation(issue);
        op.ifPresent(code -> {
            if (!results.settings().catalog().contains(code)) {
                throw Check.invalid("operation", Problem.of("error.input.normCatalogue", code));
            }
        });
        Entry draft = Entry.draft(question, reply.body(), service, op, Optional.of(issue), reply.author(), tags, at);
        String ref = issue + "#" + reply.id();
        return locks.withLock("library-reply:" + ref, () -> {
            Optional<Entry> existing = library.byReply(ref);
            if (existing.isPresent()) {
                throw new AlreadyInLibrary(existing.get().id());
            }
            Entry created = library.create(draft, Optional.of(ref));
            LOG.info("{} put the reply {} on {} into the library as entry {}", by, reply.id(), issue, created.id());
            return created;
        });
    }

    private Optional<String> defaultOperation(String issue) {
        String type = views.clock(issue).map(c -> c.clock().issueType()).orElse(null);
        return results.settings().replyOperation(type);
    }

    /** The client's messages between the staff reply before {@code replyIndex} and it, joined by blank lines. */
    private String questionBefore(List<TrackerComment> conversation, int replyIndex) {
        List<String> asked = new ArrayList<>();
        for (int i = replyIndex - 1; i >= 0; i--) {
            TrackerComment c = conversation.get(i);
            if (responses.isStaff(c.author())) {
                break;
            }
            asked.add(0, c.body().strip());
        }
        return String.join("\n\n", asked);
    }

    // Searching and using

    /**
     * The entries {@code query} finds for a caller, most reused first. {@code mayBrowse} answers for the caller
     * whether they may see an issue; it is asked only about entries that need it.
     */
    public List<Shown> search(SearchQuery query, Predicate<String> mayBrowse) {
        Predicate<String> cached = memo(mayBrowse);
        Set<String> terms = query.terms();
        Function<Entry, Set<String>> wordsOf = e -> e.issue().isEmpty() || e.answerWords().containsAll(terms)
                || cached.test(e.issue().get()) ? e.words() : e.answerWords();
        // the index ranks the candidates; core's rules decide on their texts. A caller who may not see some
        // questions can lose candidates here: then ask the index for more, until enough or no more
        for (int want = query.limit(); ; want *= 4) {
            List<Long> ranked = library.rankedIds(query, want);
            List<Shown> shown = new ArrayList<>();
            for (Entry e : Library.search(library.entries(ranked), query.withLimit(SearchQuery.MAX_LIMIT), wordsOf)) {
                if (shown.size() < query.limit()) {
                    shown.add(show(e, cached));
                }
            }
            if (shown.size() >= query.limit() || ranked.size() < want) {
                return shown;
            }
        }
    }

    public Optional<Shown> entry(long id, Predicate<String> mayBrowse) {
        return library.entry(id).map(e -> show(e, mayBrowse));
    }

    private static Shown show(Entry e, Predicate<String> mayBrowse) {
        return new Shown(e, e.issue().map(mayBrowse::test).orElse(true));
    }

    private static Predicate<String> memo(Predicate<String> mayBrowse) {
        Map<String, Boolean> known = new HashMap<>();
        return issue -> known.computeIfAbsent(issue, mayBrowse::test);
    }

    /** Someone used the entry's answer: one reuse more. */
    public Entry use(long id) {
        return locks.withLock(entryLock(id), () -> {
            Entry entry = existing(id, "id");
            if (!entry.active()) {
                String state = entry.state().name().toLowerCase();
                throw Check.invalid("id", entry.mergedInto().map(into -> Problem.of("error.library.entryMerged", id,
                        state, into)).orElse(Problem.of("error.library.entry", id, state)));
            }
            return library.update(entry.reused());
        });
    }

    // The head's care

    public Entry edit(long id, Optional<String> question, Optional<String> answer, Optional<Optional<String>> service,
                      Optional<Optional<String>> operation, Optional<List<String>> tags) {
        return locks.withLock(entryLock(id), () -> {
            Entry entry = existing(id, "id");
            operation.flatMap(o -> o).ifPresent(code -> {
                if (!results.settings().catalog().contains(code)) {
                    throw Check.invalid("operation", Problem.of("error.input.normCatalogue", code));
                }
            });
            Entry edited = entry.edited(question.orElse(entry.question()), answer.orElse(entry.answer()),
                    service.orElse(entry.service()), operation.orElse(entry.operation()),
                    tags.map(t -> (Collection<String>) t).orElse(entry.tags()));
            return library.update(edited);
        });
    }

    /** Folds entry {@code from} into {@code into}; returns {@code into} as it is now. */
    public Entry merge(long from, long into) {
        if (from == into) {
            // before the locks: the same entry's lock twice would wait forever on a non-re-entrant cluster lock
            throw Check.invalid("into", Problem.of("error.library.entryCannotMerged"));
        }
        long first = Math.min(from, into);
        long second = Math.max(from, into);
        return locks.withLock(entryLock(first), () -> locks.withLock(entryLock(second), () -> {
            Entry source = existing(from, "id");
            Entry target = existing(into, "into");
            Library.Merge merge = Library.merge(target, source);
            library.update(merge.from());
            return library.update(merge.into());
        }));
    }

    public Entry retire(long id) {
        return locks.withLock(entryLock(id), () -> library.update(Library.retire(existing(id, "id"))));
    }

    private Entry existing(long id, String field) {
        return library.entry(id).orElseThrow(() -> new NoSuchEntry(field, id));
    }

    private static String entryLock(long id) {
        return "library-entry:" + id;
    }

    // Traces and what is missing

    /**
     * The {@link ReplyListener} part: a staff reply ended a client's wait; keep the kind of question it answered.
     * Runs in the issue's lock and transaction. A tracker that cannot list the comments costs the trace, never
     * the reply.
     */
    public Optional<AnsweredQuestion> recordReply(String issueType, Reply reply) {
        List<TrackerComment> conversation;
        try {
            conversation = tracker.conversation(reply.issue());
        } catch (TrackerException e) {
            LOG.warn("No library trace for the reply on {}: {}", reply.issue(), e.getMessage());
            return Optional.empty();
        }
        int index = -1;
        Instant latest = reply.repliedAt().plus(Duration.ofMinutes(1));
        for (int i = conversation.size() - 1; i >= 0; i--) {
            TrackerComment c = conversation.get(i);
            if (!c.at().isAfter(latest) && responses.isStaff(c.author())) {
                index = i;
                break;
            }
        }
        if (index < 0) {
            return Optional.empty();
        }
        String question = questionBefore(conversation, index);
        if (QuestionSignature.candidates(question).size() < QuestionSignature.MIN_SALIENT) {
            return Optional.empty(); // "ok, thanks": nothing the library could answer
        }
        AnsweredQuestion answered = new AnsweredQuestion(results.settings().replyOperation(issueType), reply.issue(),
                question, reply.by(), reply.repliedAt());
        library.recordAnswered(answered);
        return Optional.of(answered);
    }

    /**
     * Kinds of questions answered at least {@code minTimes} times in the last {@code days} days that no active
     * entry answers (a search for the signature's words under its operation finds nothing).
     */
    public List<MissingAnswer> missing(int days, int minTimes, Instant now) {
        if (days < 1 || days > MAX_DAYS) {
            throw Check.invalid("days", Problem.of("error.input.between1To", MAX_DAYS, days));
        }
        if (minTimes < 1 || minTimes > 1000) {
            throw Check.invalid("min", Problem.of("error.library.between1To1000", minTimes));
        }
        List<AnsweredQuestion> answered = library.answeredSince(now.minus(Duration.ofDays(days)));
        return MissingAnswers.find(answered, minTimes, signature -> {
            SearchQuery query = signature.asQuery();
            return !Library.search(library.entries(library.rankedIds(query, SEARCH_WINDOW)), query).isEmpty();
        });
    }
}
