package io.backstop.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code --demo-lang en|ru}, and the system's language when it is not given. */
class DemoLanguageTest {

    @Test
    void theFlagTakesEnOrRuInAnyCase() {
        assertThat(DemoLanguage.parse("en")).isEqualTo(DemoLanguage.EN);
        assertThat(DemoLanguage.parse("ru")).isEqualTo(DemoLanguage.RU);
        assertThat(DemoLanguage.parse(" RU ")).isEqualTo(DemoLanguage.RU);
    }

    @Test
    void anythingElseIsRefusedNamingTheFlagAndItsValues() {
        for (String bad : new String[] {"de", "russian", "", "ru-RU", null}) {
            assertThatThrownBy(() -> DemoLanguage.parse(bad)).as("%s", bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("--demo-lang must be en or ru, got " + bad);
        }
    }

    @Test
    void theDefaultIsRussianOnARussianSystemAndEnglishElsewhere() {
        assertThat(DemoLanguage.of(Locale.forLanguageTag("ru-RU"))).isEqualTo(DemoLanguage.RU);
        assertThat(DemoLanguage.of(Locale.forLanguageTag("ru"))).isEqualTo(DemoLanguage.RU);
        assertThat(DemoLanguage.of(Locale.forLanguageTag("ru-UA"))).isEqualTo(DemoLanguage.RU);
        assertThat(DemoLanguage.of(Locale.US)).isEqualTo(DemoLanguage.EN);
        assertThat(DemoLanguage.of(Locale.GERMANY)).isEqualTo(DemoLanguage.EN);
        assertThat(DemoLanguage.of(Locale.ROOT)).isEqualTo(DemoLanguage.EN);
        assertThat(DemoLanguage.of(null)).isEqualTo(DemoLanguage.EN);
    }
}
