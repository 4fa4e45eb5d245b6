package io.backstop.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text a person sees comes from the bundles: both languages have the same keys, every key the templates and
 * scripts name exists, templates hold no words outside keys, and scripts never write markup.
 */
class WebTextsTest {

    static final List<String> TEMPLATES = List.of("templates/backstop/queue.vm", "templates/backstop/settings.vm",
            "templates/backstop/panel.vm", "templates/backstop/dashboard.vm", "templates/backstop/mywork.vm",
            "templates/backstop/absences.vm", "templates/backstop/catalogues.vm", Gadget.TEMPLATE);
    /** Every screen's scripts, each once: a script added to a screen is checked without being listed here too. */
    static final List<String> SCRIPTS = Arrays.stream(Screen.values()).flatMap(screen -> screen.scripts().stream())
            .distinct().map(script -> "backstop-web/" + script).toList();

    static String read(String resource) throws IOException {
        try (InputStream in = WebTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void englishAndRussianHaveTheSameKeys() {
        Set<String> en = Messages.load(Locale.ENGLISH).all().keySet();
        Set<String> ru = new TreeSet<>(Messages.load(Locale.forLanguageTag("ru")).all().keySet());
        assertThat(ru).isEqualTo(new TreeSet<>(en));
        for (String key : en) {
            assertThat(Messages.load(Locale.forLanguageTag("ru")).all().get(key)).as(key).isNotBlank();
        }
    }

    @Test
    void everyKeyTheScreensNameExists() throws IOException {
        Set<String> keys = Messages.load(Locale.ENGLISH).all().keySet();
        List<String> used = new ArrayList<>();
        Pattern inTemplate = Pattern.compile("getText\\(['\"]([a-zA-Z0-9_.]+)['\"]");
        for (String template : TEMPLATES) {
            Matcher m = inTemplate.matcher(read(template));
            while (m.find()) {
                if (!m.group(1).endsWith(".")) { // "backstop.day.$day": the days are checked below
                    used.add(m.group(1));
                }
            }
        }
        Pattern inScript = Pattern.compile("\\bt\\('([a-zA-Z0-9_.]+)'");
        for (String script : SCRIPTS) {
            Matcher m = inScript.matcher(read(script));
            while (m.find()) {
                if (!m.group(1).endsWith(".")) { // t('backstop.role.' + code): roles and reasons are checked below
                    used.add(m.group(1));
                }
            }
        }
        // the gadgets name their column keys as plain literals ('backstop.gadget.col.person')
        Pattern literal = Pattern.compile("'(backstop\\.[a-zA-Z0-9_.]+)'");
        for (String script : SCRIPTS) {
            Matcher m = literal.matcher(read(script));
            while (m.find()) {
                if (!m.group(1).endsWith(".")) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(60);
        assertThat(keys).containsAll(used);
        for (String day : List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")) {
            assertThat(keys).contains("backstop.day." + day);
        }
        for (String role : List.of("HEAD", "OPERATOR", "MANAGER", "OFFICE_MANAGER")) {
            assertThat(keys).contains("backstop.role." + role);
        }
        for (String kind : List.of("VACATION", "SICK", "TIME_OFF", "STUDY")) {
            assertThat(keys).contains("backstop.absence." + kind);
        }
        for (String kind : List.of("VACATION", "SICK", "TIME_OFF", "STUDY")) {
            assertThat(keys).contains("backstop.gadget.absences.kind." + kind);
        }
        for (String status : List.of("REQUESTED", "APPROVED", "REFUSED", "WITHDRAWN")) {
            assertThat(keys).contains("backstop.requests.status." + status);
        }
        for (String reason : List.of("BREACH", "ABSENCE", "RETURN", "TAKE")) {
            assertThat(keys).contains("backstop.reason." + reason);
        }
        for (Gadget gadget : Gadget.values()) {
            assertThat(keys).contains(gadget.titleKey());
        }
        for (String verdict : List.of("BELOW", "WITHIN", "ABOVE")) {
            assertThat(keys).contains("backstop.gadget.verdict." + verdict);
        }
        for (String level : List.of("MANAGER", "HEAD", "DIRECTOR")) {
            assertThat(keys).contains("backstop.gadget.escalation." + level);
        }
        for (io.backstop.core.scorecard.Component component : io.backstop.core.scorecard.Component.values()) {
            assertThat(keys).contains("backstop.gadget.scorecard.component." + component.name().toLowerCase(Locale.ROOT));
        }
        for (Screen screen : Screen.values()) {
            assertThat(keys).contains(screen.titleKey(), "backstop.error.forbidden." + screen.script());
        }
        for (io.backstop.core.complaint.suspect.Signal.Kind kind : io.backstop.core.complaint.suspect.Signal.Kind.values()) {
            assertThat(keys).contains("backstop.suspected.signal." + kind.name());
        }
        for (String action : List.of("confirm", "dismiss")) { // suspected.js: 'backstop.suspected.' + action
            assertThat(keys).contains("backstop.suspected." + action, "backstop.suspected." + action + ".label");
        }
        for (String kind : List.of("CREATED", "CLIENT_MESSAGE", "STAFF_REPLY", "RESOLVED", "BREACH", "REASSIGNED")) {
            assertThat(keys).contains("backstop.timeline." + kind);
        }
        // the issue panel's actions: each dunning step with its script, the default services and operations by name
        for (io.backstop.core.debt.DunningAction action : io.backstop.core.debt.DunningAction.values()) {
            assertThat(keys).contains("backstop.dunning." + action, "backstop.actions.dunning.script." + action);
        }
        for (io.backstop.core.debt.EscalationLevel level : io.backstop.core.debt.EscalationLevel.values()) {
            assertThat(keys).contains("backstop.actions.dunning.ladder." + level);
        }
        for (io.backstop.core.norms.Operation operation : io.backstop.core.norms.NormCatalog.departmentDefault().operations()) {
            assertThat(keys).contains("backstop.operation." + operation.code());
        }
        io.backstop.core.upsell.AdjacencyTable.departmentDefault().rows().forEach(row -> assertThat(keys)
                .contains("backstop.service." + row.from(), "backstop.service." + row.to()));
    }

    @Test
    void everyGadgetScriptIsThereAndChecked() throws IOException {
        for (String script : Gadget.scripts()) {
            assertThat(read("backstop-web/" + script)).as(script).isNotBlank();
            assertThat(SCRIPTS).as("the scripts this test checks").contains("backstop-web/" + script);
        }
        assertThat(Gadget.scripts()).startsWith("js/common.js", "js/gadgets.js").endsWith("js/dashboard.js");
    }

    @Test
    void templatesHoldNoWordsOutsideKeys() throws IOException {
        for (String template : TEMPLATES) {
            String text = read(template)
                    .replaceAll("(?m)^\\s*##.*$", "")
                    .replaceAll("(?s)<[^>]*>", " ")
                    .replaceAll("#(if|foreach|set|elseif)\\([^\\n]*?\\)", " ")
                    .replaceAll("#(else|end)", " ")
                    .replaceAll("\\$!?\\{?[a-zA-Z][a-zA-Z0-9_]*(\\.[a-zA-Z]+(\\([^)]*\\))?)*}?", " ");
            assertThat(text.replaceAll("[\\s\\p{Punct}]", "")).as(template + " outside tags and references").isEmpty();
        }
    }

    @Test
    void scriptsNeverWriteMarkup() throws IOException {
        for (String script : SCRIPTS) {
            String code = read(script).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
            assertThat(code).as(script).doesNotContain("innerHTML").doesNotContain("outerHTML")
                    .doesNotContain("insertAdjacentHTML").doesNotContain("document.write").doesNotContain("eval(");
        }
    }
}
