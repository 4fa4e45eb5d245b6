package io.backstop.app.results.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.web.Messages;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the REST says of a bad import and what the screen shows are one text, in English and in Russian. */
class ProblemTextsTest {

    private static final Map<String, String> EN = Messages.load(Locale.ENGLISH).all();
    private static final Map<String, String> RU = Messages.load(Locale.forLanguageTag("ru")).all();

    @ParameterizedTest
    @EnumSource(Problem.class)
    void eachProblemHasTheRestsEnglishAndARussianTextWithTheSameArguments(Problem problem) {
        assertThat(EN.get(problem.key())).as(problem.key()).isEqualTo(problem.english());
        String russian = RU.get(problem.key());
        assertThat(russian).as(problem.key()).isNotBlank().isNotEqualTo(problem.english());
        for (int i = 0; i < 3; i++) {
            assertThat(russian.contains("{" + i + "}")).as(problem.key() + " {" + i + "}")
                    .isEqualTo(problem.english().contains("{" + i + "}"));
        }
    }

    @Test
    void everyColumnAndCatalogueHasAHeadingAndHelp() {
        for (Catalogue catalogue : Catalogue.values()) {
            assertThat(RU).containsKeys("backstop.catalogues.name." + catalogue.id(),
                    "backstop.catalogues.help." + catalogue.id());
            catalogue.columns().forEach(column -> assertThat(RU).containsKey("backstop.catalogues.column."
                    + column.name()));
        }
    }
}
