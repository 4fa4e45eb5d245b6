package io.backstop.app.library;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.testing.TestHost;
import io.backstop.core.library.Entry;
import io.backstop.core.library.Library;
import io.backstop.core.library.SearchQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The word index gives what core's rules give over the whole library: random libraries in H2 (words collide, reuses
 * tie, some entries retired, merged or edited), random queries, the index's ranked ids against
 * {@link Library#search} on every entry.
 */
class LibraryIndexTest {

    private static final List<String> WORDS = List.of("счёт", "счета", "отчёт", "реклама", "рекламы", "сайт",
            "хостинг", "домен", "оплата", "report", "reports", "banner");
    private static final List<String> SERVICES = List.of("seo", "hosting");

    @Test
    void theIndexFindsWhatTheRulesFindInTheSameOrder() {
        Random random = new Random(11);
        for (int library = 0; library < 3; library++) {
            TestHost host = new TestHost();
            LibraryStore store = new LibraryStore(host.store);
            List<Entry> all = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                Entry draft = Entry.draft(text(random), text(random), pick(random), Optional.of("client-question"),
                        Optional.of("WEB-" + i), "ivanova", List.of(), Instant.EPOCH);
                Entry stored = store.create(draft, Optional.empty());
                for (int uses = random.nextInt(4); uses > 0; uses--) {
                    stored = store.update(stored.reused());
                }
                all.add(stored);
            }
            for (int i = 0; i < 10; i++) {
                int a = random.nextInt(all.size());
                int b = random.nextInt(all.size());
                if (a != b && all.get(a).active() && all.get(b).active() && i % 2 == 0) {
                    Library.Merge merge = Library.merge(all.get(a), all.get(b));
                    all.set(a, store.update(merge.into()));
                    all.set(b, store.update(merge.from()));
                } else if (all.get(a).active() && i % 3 == 0) {
                    all.set(a, store.update(Library.retire(all.get(a))));
                } else {
                    Entry e = all.get(a);
                    all.set(a, store.update(e.edited(e.question(), text(random), e.service(), e.operation(),
                            e.tags())));
                }
            }
            for (int q = 0; q < 40; q++) {
                String words = random.nextInt(5) == 0 ? "" : String.join(" ", List.of(
                        WORDS.get(random.nextInt(WORDS.size())), WORDS.get(random.nextInt(WORDS.size())))
                        .subList(0, 1 + random.nextInt(2)));
                SearchQuery query = new SearchQuery(words, random.nextBoolean() ? pick(random) : Optional.empty(),
                        Optional.empty(), 1 + random.nextInt(15));
                List<Long> expected = Library.search(all, query).stream().map(Entry::id).toList();
                assertThat(store.rankedIds(query, query.limit())).as("%s", query).isEqualTo(expected);
                assertThat(host.backstop.library().search(query, issue -> true)).extracting(s -> s.entry().id())
                        .as("%s", query).isEqualTo(expected);
            }
            host.store.close();
        }
    }

    private static String text(Random random) {
        List<String> words = new ArrayList<>();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            words.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return String.join(", ", words);
    }

    private static Optional<String> pick(Random random) {
        return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(SERVICES.get(random.nextInt(SERVICES.size())));
    }
}
