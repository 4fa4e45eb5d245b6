package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.web.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The sandbox pages' texts: both languages have every key, and every key the templates name exists. */
class SandboxTextsTest {

    @Test
    void bothLanguagesHaveEveryKeyTheTemplatesName() throws IOException {
        Set<String> en = new TreeSet<>(Messages.load(Locale.ENGLISH, WebPages.BUNDLES).all().keySet());
        Set<String> ru = new TreeSet<>(Messages.load(Locale.forLanguageTag("ru"), WebPages.BUNDLES).all().keySet());
        assertThat(ru).isEqualTo(en);
        Pattern key = Pattern.compile("getText\\('([a-zA-Z0-9_.]+)'");
        for (String template : List.of("frame", "home", "issue", "message")) {
            try (InputStream in = getClass().getClassLoader()
                    .getResourceAsStream("templates/backstop-sandbox/" + template + ".vm")) {
                Matcher m = key.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    assertThat(en).as(template).contains(m.group(1));
                }
            }
        }
        for (String message : List.of("backstop.error.login", "backstop.error.forbidden.queue",
                "backstop.error.forbidden.settings", "backstop.error.forbidden.panel")) {
            assertThat(en).contains(message);
        }
    }

    @Test
    void theReturnAddressStaysOnThisServer() {
        assertThat(WebPages.safeNext("/plugins/servlet/backstop/queue?x=1")).isEqualTo("/plugins/servlet/backstop/queue?x=1");
        for (String bad : new String[] {null, "", "//evil.example", "https://evil.example", "/\\evil", "javascript:x",
                "/a b", "/a\nb"}) {
            assertThat(WebPages.safeNext(bad)).as(String.valueOf(bad)).isEqualTo("/");
        }
        assertThat(PageServlet.refreshSeconds("5")).isEqualTo(5);
        assertThat(PageServlet.refreshSeconds("0")).isEqualTo(30);
        assertThat(PageServlet.refreshSeconds("x")).isEqualTo(30);
    }
}
