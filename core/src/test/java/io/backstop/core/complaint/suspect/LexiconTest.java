package io.backstop.core.complaint.suspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.validation.InvalidFieldException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void theDefaultsHoldTheIssuesWords() {
        assertThat(Lexicon.defaults().ru()).contains("жалоба", "безобраз*", "недовол*", "сколько можно", "расторг*",
                "третий раз", "когда уже");
        assertThat(Lexicon.defaults().ru()).anyMatch(entry -> entry.startsWith("до сих пор"));
        assertThat(Lexicon.defaults().en()).contains("complaint", "unacceptable", "third time");
    }

    @Test
    void aBadEntryIsNamedByItsListAndIndex() {
        assertRefused(List.of("ok", " "), "ru[1]");
        assertRefused(List.of("!!!"), "ru[0]");
        assertRefused(List.of("недо*вол"), "ru[0]");
        assertRefused(List.of("не*"), "ru[0]");
        assertRefused(List.of("*"), "ru[0]");
        assertRefused(List.of("… жалоба"), "ru[0]");
        assertRefused(List.of("жалоба …"), "ru[0]");
        assertRefused(List.of("ж".repeat(Lexicon.MAX_ENTRY + 1)), "ru[0]");
        assertRefused(Collections.nCopies(Lexicon.MAX_ENTRIES + 1, "жалоба"), "ru");
    }

    @Test
    void aStarNeedsThreeLettersOfTheWordItEnds() {
        assertThat(new Lexicon(List.of(), List.of("по-прежн*", "нед*")).ru()).hasSize(2);
        assertRefused(List.of("по-пр*"), "ru[0]");
    }

    private static void assertRefused(List<String> ru, String field) {
        assertThatThrownBy(() -> new Lexicon(List.of(), ru)).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo(field);
    }
}
