package io.backstop.app.library;

import java.time.LocalDate;
import io.backstop.app.store.SettingStore;
import io.backstop.app.results.norms.OperationStore;
import io.backstop.app.Schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.app.response.IssueFacts;
import io.backstop.app.response.ResponseDesk;
import io.backstop.app.settings.SettingsDocument;
import io.backstop.app.testing.TestHost;
import io.backstop.core.library.Entry;
import io.backstop.core.library.EntryState;
import io.backstop.core.library.MissingAnswer;
import io.backstop.core.library.SearchQuery;
import io.backstop.core.validation.InvalidFieldException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The library on H2 through the real desks: marking, the word index, reuse, the head's care, the traces. */
class LibraryDeskTest {

    static final String DEPARTMENT = """
            {
              "calendar": { "zone": "Europe/Moscow", "week": { "MON": ["09:00-18:00"], "TUE": ["09:00-18:00"] } },
              "policy": { "queueAfter": "PT30M", "respondWithin": "PT1H", "returnToOwner": true },
              "people": [
                { "name": "head", "role": "HEAD" },
                { "name": "operator", "role": "OPERATOR" },
                { "name": "ivanova", "role": "MANAGER", "deputies": ["petrova"] },
                { "name": "petrova", "role": "MANAGER", "deputies": ["ivanova"] }
              ],
              "tick": "PT5M"
            }
            """;

    TestHost host;
    ResponseDesk responses;
    LibraryDesk library;

    @BeforeEach
    void department() {
        host = new TestHost();
        host.backstop.settings().replace(SettingsDocument.read(DEPARTMENT));
        responses = host.backstop.responses();
        library = host.backstop.library();
    }

    static Instant at(String local) {
        return OffsetDateTime.parse("2026-11-02T" + local + ":00+03:00").toInstant();
    }

    /** A client asks on {@code issue}, ivanova answers; both through the tracker and the desk, as a host does. */
    private void conversation(String issue, String question, String answer, String time) {
        IssueFacts facts = new IssueFacts(issue, "Client request", "Medium", "ivanova", "Acme");
        host.tracker.say(issue, "client", question, at(time));
        responses.commentAdded(facts, "client", false, at(time));
        host.tracker.say(issue, "ivanova", answer, at(time).plusSeconds(600));
        responses.commentAdded(facts, "ivanova", false, at(time).plusSeconds(600));
    }

    private List<Entry> search(String words) {
        return library.search(SearchQuery.words(words), issue -> true).stream().map(LibraryDesk.Shown::entry)
                .toList();
    }

    @Test
    void aMarkedReplyKeepsTheClientsQuestionAndIsFoundByAnotherFormOfItsWords() {
        conversation("WEB-1", "Где счёт за ноябрь?", "Счета выставляем до пятого числа, он в личном кабинете.",
                "10:00");
        Entry entry = library.mark("WEB-1", Optional.empty(), Optional.of("site-support"), Optional.empty(),
                List.of("Счета"), "ivanova", at("11:00"));

        assertThat(entry.question()).isEqualTo("Где счёт за ноябрь?");
        assertThat(entry.answer()).startsWith("Счета выставляем");
        assertThat(entry.operation()).contains("client-question");
        assertThat(entry.tags()).containsExactly("счета");
        assertThat(search("счетом кабинет")).containsExactly(entry);
        assertThat(search("счетом реклама")).isEmpty();
        assertThatThrownBy(() -> library.mark("WEB-1", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), "ivanova", at("11:00"))).isInstanceOf(AlreadyInLibrary.class);
    }

    @Test
    void anIssueWithoutAStaffReplyCannotBeMarked() {
        host.tracker.say("WEB-9", "client", "Здравствуйте", at("10:00"));
        assertThatThrownBy(() -> library.mark("WEB-9", Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), "ivanova", at("11:00"))).isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("issue");
        assertThatThrownBy(() -> library.mark("WEB-9", Optional.of("nope"), Optional.empty(), Optional.empty(),
                List.of(), "ivanova", at("11:00"))).hasMessageStartingWith("reply");
    }

    @Test
    void usesRankTheResultsAndMergingAddsThemUp() {
        conversation("WEB-1", "Когда будет отчёт по рекламе?", "Отчёт по рекламе приходит третьего числа.", "10:00");
        conversation("WEB-2", "Пришлите отчёт по рекламе", "Отчёт по рекламе лежит в кабинете.", "10:30");
        Entry first = mark("WEB-1");
        Entry second = mark("WEB-2");
        library.use(second.id());
        library.use(second.id());
        library.use(first.id());

        assertThat(search("отчета рекламы")).extracting(Entry::id).containsExactly(second.id(), first.id());

        Entry merged = library.merge(first.id(), second.id());
        assertThat(merged.reuses()).isEqualTo(3);
        assertThat(search("отчет")).extracting(Entry::id).containsExactly(second.id());
        assertThat(library.entry(first.id(), i -> true)).map(s -> s.entry().state()).contains(EntryState.MERGED);
        assertThatThrownBy(() -> library.use(first.id())).hasMessageContaining("use entry " + second.id());

        library.retire(second.id());
        assertThat(search("отчет")).isEmpty();
    }

    @Test
    void anEntryMergedIntoItselfIsBadInputAndStaysAsItWas() {
        conversation("WEB-1", "Когда будет отчёт по рекламе?", "Отчёт по рекламе приходит третьего числа.", "10:00");
        Entry entry = mark("WEB-1");

        assertThatThrownBy(() -> library.merge(entry.id(), entry.id())).isInstanceOf(InvalidFieldException.class)
                .hasMessageStartingWith("into: ");
        assertThat(library.entry(entry.id(), i -> true)).map(s -> s.entry().state()).contains(EntryState.ACTIVE);
    }

    @Test
    void editingReindexesTheWords() {
        conversation("WEB-1", "Сколько стоит хостинг?", "Хостинг стоит 300 рублей в месяц.", "10:00");
        Entry entry = mark("WEB-1");
        library.edit(entry.id(), Optional.empty(), Optional.of("Тариф на хостинг: 350 рублей в месяц."),
                Optional.of(Optional.of("hosting")), Optional.empty(), Optional.of(List.of("тариф")));

        assertThat(search("тарифа")).extracting(Entry::id).containsExactly(entry.id());
        assertThat(library.search(new SearchQuery("хостинг", Optional.of("seo"), Optional.empty(), 5), i -> true))
                .isEmpty();
        assertThat(search("стоит хостинг")).extracting(Entry::id).containsExactly(entry.id()); // from the question
    }

    @Test
    void aCallerWhoMayNotBrowseTheIssueMatchesOnlyTheAnswerAndDoesNotSeeTheQuestion() {
        conversation("WEB-1", "Почему у ООО Ромашка долг?", "Оплата проходит до трёх дней.", "10:00");
        Entry entry = mark("WEB-1");

        assertThat(library.search(SearchQuery.words("ромашка"), issue -> false)).isEmpty();
        assertThat(library.search(SearchQuery.words("ромашка"), issue -> true)).hasSize(1);
        List<LibraryDesk.Shown> byAnswer = library.search(SearchQuery.words("оплата"), issue -> false);
        assertThat(byAnswer).singleElement().satisfies(shown -> {
            assertThat(shown.entry().id()).isEqualTo(entry.id());
            assertThat(shown.questionVisible()).isFalse();
        });
    }

    @Test
    void repliesLeaveTracesAndFrequentUnansweredKindsAreMissingUntilAnEntryCoversThem() {
        conversation("WEB-1", "Когда придёт ежемесячный отчёт по продвижению?", "Пятого числа.", "10:00");
        conversation("WEB-2", "Где отчёт по продвижению сайта?", "Пришлю сегодня.", "11:00");
        conversation("WEB-3", "Пришлите, пожалуйста, отчёт о продвижении за октябрь", "Отправил.", "12:00");
        conversation("WEB-4", "Сколько стоит хостинг?", "300 рублей.", "13:00");

        List<MissingAnswer> missing = library.missing(30, 3, at("18:00"));
        assertThat(missing).singleElement().satisfies(m -> {
            assertThat(m.times()).isEqualTo(3);
            assertThat(m.signature().key()).isEqualTo("client-question|отчет продвижен");
            assertThat(m.examples()).extracting(a -> a.issue()).containsExactly("WEB-3", "WEB-2", "WEB-1");
        });

        library.mark("WEB-1", Optional.empty(), Optional.empty(), Optional.empty(), List.of(), "head", at("18:00"));
        assertThat(library.missing(30, 3, at("18:00"))).isEmpty();
        assertThat(library.missing(30, 1, at("18:00"))).extracting(m -> m.signature().words())
                .containsExactly(List.of("стоит", "хостинг"));
        assertThatThrownBy(() -> library.missing(0, 3, at("18:00"))).hasMessageStartingWith("days");
    }

    @Test
    void aDatabaseAtVersionTwoGetsTheLibraryTablesAndKeepsItsResults() {
        var store = TestHost.memoryDatabase();
        Schema.STEPS.get(0).apply(store);
        Schema.STEPS.get(1).apply(store);
        var settings = new SettingStore(store);
        settings.write("schema.version", "2");
        new OperationStore(store).addOperations("ivanova", LocalDate.of(2026, 11, 2),
                "client-question", 2, 30);

        assertThat(Schema.upgrade(store)).isEqualTo(2);

        assertThat(new OperationStore(store).operations(LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 2), Optional.empty())).hasSize(1);
        LibraryStore library = new LibraryStore(store);
        Entry stored = library.create(Entry.draft("Где счёт?", "В кабинете.", Optional.empty(), Optional.empty(),
                Optional.empty(), "ivanova", List.of(), at("10:00")), Optional.empty());
        assertThat(library.rankedIds(SearchQuery.words("счета"), 5)).containsExactly(stored.id());
        store.close();
    }

    private Entry mark(String issue) {
        return library.mark(issue, Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), "ivanova",
                at("17:00"));
    }
}
