package io.backstop.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.sandbox.demo.DemoLanguage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@code serve --demo-lang en|ru}: the flag, its default and its refusal. */
class ServeCommandTest {

    @Test
    void theFlagChoosesTheDemosLanguage() {
        assertThat(ServeCommand.parse(new String[] {"--demo-lang", "ru"}).demoLanguage()).isEqualTo(DemoLanguage.RU);
        assertThat(ServeCommand.parse(new String[] {"--demo-lang", "en", "--speed", "60"}).demoLanguage())
                .isEqualTo(DemoLanguage.EN);
    }

    @Test
    void withoutTheFlagTheSystemsLanguageDecides() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ru-RU"));
            assertThat(ServeCommand.parse(new String[0]).demoLanguage()).isEqualTo(DemoLanguage.RU);
            Locale.setDefault(Locale.UK);
            assertThat(ServeCommand.parse(new String[0]).demoLanguage()).isEqualTo(DemoLanguage.EN);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aBadValueIsRefusedWithTheValuesItMayTakeAndTheUsage() {
        assertThatThrownBy(() -> ServeCommand.parse(new String[] {"--demo-lang", "fr"}))
                .hasMessage("--demo-lang must be en or ru, got fr");
        assertThatThrownBy(() -> ServeCommand.parse(new String[] {"--demo-lang"}))
                .hasMessage("--demo-lang needs a value");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"serve", "--demo-lang", "fr"}, print(out), print(err));

        assertThat(status).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("serve: --demo-lang must be en or ru, got fr", "[--demo-lang en|ru]");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theHelpNamesTheFlag() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Main.run(new String[] {"--help"}, print(out), print(new ByteArrayOutputStream())))
                .isEqualTo(Main.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--demo-lang en|ru", "system's");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
