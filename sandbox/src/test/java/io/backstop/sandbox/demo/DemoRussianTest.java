package io.backstop.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code --demo-lang ru}: a Russian agency. Every client is named in Russian (no Latin-only names), every text a
 * client or a member of staff writes is Russian, people have Russian names, and the English demo is as it was.
 */
class DemoRussianTest {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Instant TUESDAY_AFTERNOON = Instant.parse("2026-12-08T11:30:00Z");

    private static boolean russian(String text) {
        return text != null && CYRILLIC.matcher(text).find();
    }

    @Test
    void everyClientHasARussianName() {
        assertThat(DemoClientNamesRu.NAMES).hasSameSizeAs(DemoClients.NAMES).doesNotHaveDuplicates()
                .allMatch(DemoRussianTest::russian);
        List<DemoClient> clients = DemoClients.generate(5, DemoLanguage.RU);
        assertThat(clients).hasSize(DemoClients.COUNT).extracting(DemoClient::name)
                .doesNotHaveDuplicates().allMatch(DemoRussianTest::russian);
    }

    @Test
    void theSameSeedGivesTheSameClientsInEitherLanguage() {
        List<DemoClient> english = DemoClients.generate(5);
        List<DemoClient> russian = DemoClients.generate(5, DemoLanguage.RU);
        assertThat(english).isEqualTo(DemoClients.generate(5, DemoLanguage.EN));
        assertThat(russian).extracting(DemoClient::monthlyRoubles).containsExactlyInAnyOrderElementsOf(
                english.stream().map(DemoClient::monthlyRoubles).toList());
        assertThat(english).extracting(DemoClient::name).noneMatch(DemoRussianTest::russian);
    }

    @Test
    void theRussianTopicsMatchTheEnglishOnesOneForOne() {
        DemoTexts en = DemoTexts.of(DemoLanguage.EN);
        DemoTexts ru = DemoTexts.of(DemoLanguage.RU);
        for (List<List<DemoTexts.Topic>> pair : List.of(List.of(en.requests, ru.requests),
                List.of(en.reports, ru.reports), List.of(en.complaints, ru.complaints))) {
            assertThat(pair.get(1)).hasSameSizeAs(pair.get(0));
            for (int i = 0; i < pair.get(0).size(); i++) {
                DemoTexts.Topic english = pair.get(0).get(i);
                DemoTexts.Topic russian = pair.get(1).get(i);
                assertThat(russian.service()).as(russian.summary()).isEqualTo(english.service());
                assertThat(russian.summary().contains("%s")).as(russian.summary())
                        .isEqualTo(english.summary().contains("%s"));
                assertThat(List.of(russian.summary(), russian.description(), russian.reply()))
                        .allMatch(DemoRussianTest::russian);
            }
        }
        assertThat(ru.inLibrary).hasSameSizeAs(en.inLibrary);
        assertThat(ru.inLibrary.values()).allSatisfy(tags -> assertThat(tags).allMatch(DemoRussianTest::russian));
    }

    @Test
    void aRussianHistoryIsWrittenInRussianByPeopleWithRussianNames() {
        DemoHistory history = DemoHistory.generate(TUESDAY_AFTERNOON, 11, DemoDepartment.ZONE, DemoLanguage.RU);

        assertThat(history.language()).isEqualTo(DemoLanguage.RU);
        assertThat(history.actions()).isNotEmpty().allSatisfy(action -> {
            assertThat(russian(action.client())).as("client %s", action.client()).isTrue();
            assertThat(russian(action.summary())).as("summary %s", action.summary()).isTrue();
            if (action.body() != null) {
                assertThat(russian(action.body())).as("message %s", action.body()).isTrue();
                assertThat(action.body()).as("a month named in Russian").doesNotContain("%s", "November");
            }
        });
        for (String login : DemoDepartment.logins()) {
            assertThat(DemoDepartment.displayName(login, DemoLanguage.RU)).hasValueSatisfying(
                    name -> assertThat(russian(name)).as(name).isTrue());
        }
        // staff who answer for a colleague say so by the colleague's Russian name, never the login or the English
        assertThat(history.actions()).filteredOn(a -> a.kind() == DemoAction.Kind.STAFF_COMMENT)
                .extracting(DemoAction::body).noneMatch(body -> body.contains("Ivanova") || body.contains("This is"));
    }

    @Test
    void theRussianLibraryFindsItsAnswersInARussianHistory() {
        DemoHistory history = DemoHistory.generate(TUESDAY_AFTERNOON, 11, DemoDepartment.ZONE, DemoLanguage.RU);
        List<DemoLibrary.Pick> picks = DemoLibrary.picks(DemoLanguage.RU);

        assertThat(picks).hasSameSizeAs(DemoLibrary.picks());
        long found = picks.stream().filter(pick -> history.actions().stream()
                .anyMatch(a -> a.kind() == DemoAction.Kind.CREATE_ISSUE && pick.matches(a.summary()))).count();
        assertThat(found).as("library entries asked in a fortnight").isGreaterThanOrEqualTo(picks.size() / 2);
    }

    @Test
    void theEnglishDemoIsUnchanged() {
        DemoHistory english = DemoHistory.generate(TUESDAY_AFTERNOON, 11);
        DemoHistory explicit = DemoHistory.generate(TUESDAY_AFTERNOON, 11, DemoDepartment.ZONE, DemoLanguage.EN);

        assertThat(explicit.actions()).isEqualTo(english.actions());
        assertThat(english.actions()).extracting(DemoAction::body).filteredOn(body -> body != null)
                .noneMatch(DemoRussianTest::russian);
        assertThat(DemoDepartment.displayName("ivanova")).hasValue("Anna Ivanova");
    }
}
