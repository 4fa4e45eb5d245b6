package io.backstop.bench;

import io.backstop.app.library.LibraryDesk;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.response.ResponseViews;
import io.backstop.app.results.ResultsDesk;
import io.backstop.app.settings.SettingsService;
import io.backstop.app.response.ClockStore;
import io.backstop.app.Schema;
import io.backstop.app.store.SettingStore;
import io.backstop.app.port.Locks;
import io.backstop.app.port.Tracker;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.core.library.Entry;
import io.backstop.core.library.SearchQuery;
import io.backstop.h2.H2EntityManagers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A search of an answer library of 50 thousand entries ({@link LibraryDesk#search}: the word index narrows, core's
 * rules rank the 20 most reused) on in-memory H2 through the real AO library, against the same question asked as a
 * {@code LIKE} scan of the entries' texts. Entries are 8-word questions and 20-word answers drawn from a vocabulary
 * of 20,000 words with Zipf frequencies (s = 1), so a word of rank r is in about {@code 28 / (r * 10.4)} of
 * the entries: rank 5 in ~42 %, rank 50 in ~5 %, rank 2000 in ~0.13 %.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LibrarySearchBenchmark {

    static final int VOCABULARY = 20_000;
    static final List<String> SERVICES = List.of("site-support", "seo", "direct", "hosting", "development");

    @Param({"50000"})
    public int entries;

    /** Which words are asked for, by their frequency ranks. */
    @Param({"rare", "mid", "mid+mid", "common", "mid+service"})
    public String query;

    private EntityManager manager;
    private LibraryDesk library;
    private SearchQuery search;
    private List<String> likeWords;
    private String[] words;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        manager = H2EntityManagers.inMemory();
        EntityManagerStore store = new EntityManagerStore(manager);
        Locks direct = new Locks() {
            @Override
            public <T> T withLock(String name, Supplier<T> work) {
                return work.get();
            }
        };
        Schema.upgrade(store);
        SettingsService settings = new SettingsService(new SettingStore(store), new ClockStore(store),
                ZoneId.of("Europe/Moscow"));
        Tracker tracker = new NoTracker();
        ResponseDesk responses = new ResponseDesk(settings, store, tracker, new NoDirectory(), direct);
        library = new LibraryDesk(store, tracker, responses, new ResponseViews(store),
                new ResultsDesk(settings, store, direct, tracker), direct);
        words = vocabulary();
        long[] made = fill(entries);
        search = switch (query) {
            case "rare" -> new SearchQuery(words[2000], Optional.empty(), Optional.empty(), 20);
            case "mid" -> new SearchQuery(words[50], Optional.empty(), Optional.empty(), 20);
            case "mid+mid" -> new SearchQuery(words[50] + " " + words[200], Optional.empty(), Optional.empty(), 20);
            case "common" -> new SearchQuery(words[5], Optional.empty(), Optional.empty(), 20);
            case "mid+service" -> new SearchQuery(words[50], Optional.of("seo"), Optional.empty(), 20);
            default -> throw new IllegalArgumentException(query);
        };
        likeWords = List.copyOf(search.terms());
        System.out.printf("%nlibrary: %d entries, %d index rows; query \"%s\" finds %d (first: %d reuses)%n",
                made[0], made[1], search.text(), library.search(search.withLimit(SearchQuery.MAX_LIMIT), i -> true).size(),
                library.search(search, i -> true).get(0).entry().reuses());
    }

    /** Pronounceable Latin words, none ending in "s" (so the English plural rule leaves them whole). */
    private static String[] vocabulary() {
        String consonants = "bcdfghklmnprtvz";
        String vowels = "aeiou";
        String[] words = new String[VOCABULARY + 1];
        Random random = new Random(7);
        Set<String> seen = new HashSet<>();
        for (int i = 1; i <= VOCABULARY; ) {
            StringBuilder w = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(consonants.charAt(random.nextInt(consonants.length())))
                        .append(vowels.charAt(random.nextInt(vowels.length())));
            }
            if (seen.add(w.toString())) {
                words[i++] = w.toString();
            }
        }
        return words;
    }

    /** Zipf(s = 1) ranks by inverse transform over the cumulative harmonic sums. */
    private static int rank(double[] cumulative, Random random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 1;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Entries and their index rows by JDBC batches (the set-up, not the measure), words as the store indexes them. */
    private long[] fill(int count) throws SQLException {
        double[] cumulative = new double[VOCABULARY + 1];
        for (int r = 1; r <= VOCABULARY; r++) {
            cumulative[r] = cumulative[r - 1] + 1.0 / r;
        }
        Random random = new Random(42);
        long wordRows = 0;
        String p = H2EntityManagers.TABLE_PREFIX;
        try (Connection connection = manager.getProvider().getConnection();
             PreparedStatement entry = connection.prepareStatement("INSERT INTO \"" + p + "LIB_ENTRY\" (\"ID\", "
                     + "\"QUESTION\", \"ANSWER\", \"SERVICE\", \"OPERATION\", \"ISSUE_KEY\", \"AUTHOR\", \"TAGS\", "
                     + "\"REUSES\", \"STATE\", \"CREATED_AT\") VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, 'ACTIVE', 0)");
             PreparedStatement word = connection.prepareStatement("INSERT INTO \"" + p + "LIB_WORD\" (\"WORD\", "
                     + "\"ENTRY_ID\", \"ACTIVE\", \"SERVICE\", \"OPERATION\", \"RANK_KEY\") VALUES (?, ?, TRUE, ?, ?, ?)")) {
            connection.setAutoCommit(false);
            for (int id = 1; id <= count; id++) {
                String question = sentence(8, cumulative, random);
                String answer = sentence(20, cumulative, random);
                Entry e = Entry.draft(question, answer, Optional.of(SERVICES.get(id % SERVICES.size())),
                        Optional.of("client-question"), Optional.of("WEB-" + id), "m1", List.of(), Instant.EPOCH);
                entry.setLong(1, id);
                entry.setString(2, question);
                entry.setString(3, answer);
                entry.setString(4, e.service().orElseThrow());
                entry.setString(5, "client-question");
                entry.setString(6, "WEB-" + id);
                entry.setString(7, "m1");
                long reuses = random.nextInt(200);
                entry.setLong(8, reuses);
                entry.addBatch();
                for (String w : e.words()) {
                    word.setString(1, w);
                    word.setLong(2, id);
                    word.setString(3, e.service().orElseThrow());
                    word.setString(4, "client-question");
                    word.setLong(5, -((reuses << 31) + id)); // LibraryStore.rankKey
                    word.addBatch();
                    wordRows++;
                }
                if (id % 1000 == 0) {
                    entry.executeBatch();
                    word.executeBatch();
                }
            }
            entry.executeBatch();
            word.executeBatch();
            connection.commit();
        }
        return new long[] {count, wordRows};
    }

    private String sentence(int length, double[] cumulative, Random random) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append(i == 0 ? "" : " ").append(words[rank(cumulative, random)]);
        }
        return s.toString();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        manager.getProvider().dispose();
    }

    @Benchmark
    public List<LibraryDesk.Shown> indexedSearch() {
        return library.search(search, issue -> true);
    }

    /** The baseline: the same words as substrings of the texts, most reused first, the 20 first. */
    @Benchmark
    public List<Long> likeScan() throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT \"ID\" FROM \"" + H2EntityManagers.TABLE_PREFIX
                + "LIB_ENTRY\" WHERE \"STATE\" = 'ACTIVE'");
        search.service().ifPresent(s -> sql.append(" AND \"SERVICE\" = ?"));
        for (int i = 0; i < likeWords.size(); i++) {
            sql.append(" AND LOWER(\"QUESTION\" || ' ' || \"ANSWER\") LIKE ?");
        }
        sql.append(" ORDER BY \"REUSES\" DESC, \"ID\" DESC LIMIT 20");
        List<Long> ids = new ArrayList<>();
        try (Connection connection = manager.getProvider().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int n = 1;
            if (search.service().isPresent()) {
                statement.setString(n++, search.service().get());
            }
            for (String w : likeWords) {
                statement.setString(n++, "%" + w + "%");
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }
}
