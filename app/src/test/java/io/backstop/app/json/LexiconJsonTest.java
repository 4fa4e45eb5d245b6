package io.backstop.app.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.backstop.core.complaint.suspect.Lexicon;
import io.backstop.core.validation.InvalidFieldException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings' {@code complaints.lexicon}: defaults for what is left out, every bad entry named by its path once. */
class LexiconJsonTest {

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text);
    }

    @Test
    void whatIsLeftOutIsTheDefaultsAndAnEmptyListIsNone() throws Exception {
        assertThat(LexiconJson.lexicon(null)).isEqualTo(Lexicon.defaults());
        Lexicon read = LexiconJson.lexicon(json("{\"lexicon\": {\"ru\": []}}"));
        assertThat(read.ru()).isEmpty();
        assertThat(read.en()).isEqualTo(Lexicon.defaults().en());
        assertThat(LexiconJson.lexicon(LexiconJson.node(read))).isEqualTo(read);
    }

    @Test
    void aBadValueIsNamedByItsWholePathOnce() throws Exception {
        for (var bad : List.of(
                List.of("{\"lexicon\": {\"ru\": \"жалоба\"}}", "complaints.lexicon.ru"),
                List.of("{\"lexicon\": {\"en\": [5]}}", "complaints.lexicon.en[0]"),
                List.of("{\"lexicon\": {\"ru\": [\"жалоба\", \"н*\"]}}", "complaints.lexicon.ru[1]"),
                List.of("{\"lexicon\": 5}", "complaints.lexicon"),
                List.of("\"жалоба\"", "complaints"))) {
            JsonNode node = json(bad.get(0));
            assertThatThrownBy(() -> LexiconJson.lexicon(node)).as(bad.get(0))
                    .isInstanceOf(InvalidFieldException.class)
                    .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo(bad.get(1));
        }
    }
}
