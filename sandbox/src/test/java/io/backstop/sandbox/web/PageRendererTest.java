package io.backstop.sandbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.web.Messages;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates escape every reference, as Jira's do, unless its name ends in Html. */
class PageRendererTest {

    private final PageRenderer renderer = new PageRenderer();

    @Test
    void everyReferenceIsEscapedUnlessItsNameEndsInHtml() {
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", Messages.load(Locale.ENGLISH));
        model.put("lang", "en");
        model.put("zone", "Europe/Moscow\"><script>");
        model.put("rest", "/rest/backstop/1.0");
        model.put("clock", "");
        model.put("issuePage", "/browse/");
        model.put("refreshSeconds", "30");
        model.put("messagesJson", "{\"a\":\"<b>'&\"}");
        String html = renderer.render("templates/backstop/queue.vm", model);
        assertThat(html).contains("data-zone=\"Europe/Moscow&quot;&gt;&lt;script&gt;\"")
                .contains("data-i18n=\"{&quot;a&quot;:&quot;&lt;b&gt;&#39;&amp;&quot;}\"")
                .contains("<h1>Operator&#39;s queue</h1>")
                .doesNotContain("<script>").doesNotContain("$i18n").doesNotContain("$zone");
    }

    @Test
    void theHtmlSuffixMarksMarkupTheCodeBuilt() {
        assertThat(HtmlEscapingReferences.isHtml("$contentHtml")).isTrue();
        assertThat(HtmlEscapingReferences.isHtml("$!{panelHtml}")).isTrue();
        assertThat(HtmlEscapingReferences.isHtml("$page.bodyHtml")).isTrue();
        assertThat(HtmlEscapingReferences.isHtml("$page.getBodyHtml()")).isTrue();
        assertThat(HtmlEscapingReferences.isHtml("$i18n.getText('x.someHtml')")).isFalse();
        assertThat(HtmlEscapingReferences.isHtml("$html")).isFalse();
        assertThat(HtmlEscapingReferences.isHtml("$summary")).isFalse();
        HtmlEscapingReferences handler = new HtmlEscapingReferences();
        assertThat(handler.referenceInsert("$contentHtml", "<p>ok</p>")).isEqualTo("<p>ok</p>");
        assertThat(handler.referenceInsert("$summary", "<p>'&\"</p>")).isEqualTo("&lt;p&gt;&#39;&amp;&quot;&lt;/p&gt;");
        assertThat(handler.referenceInsert("$summary", null)).isNull();
    }

    @Test
    void theRussianSettingsPageHasRussianLabels() {
        Map<String, Object> model = new HashMap<>();
        Messages ru = Messages.load(Locale.forLanguageTag("ru"));
        model.put("i18n", ru);
        model.put("lang", "ru");
        model.put("zone", "Europe/Moscow");
        model.put("rest", "/rest/backstop/1.0");
        model.put("messagesJson", ru.json());
        String html = renderer.render("templates/backstop/settings.vm", model);
        assertThat(html).contains("Настройки Backstop").contains(">Понедельник</label>")
                .contains("data-field=\"calendar.week.SUN\"").doesNotContain(">backstop.");
    }
}
