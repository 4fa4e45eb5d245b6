package io.backstop.app.notes;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.settings.NotesLanguage;
import io.backstop.core.sla.ReassignReason;
import io.backstop.core.sla.Reassignment;
import io.backstop.core.sla.ResponseClock;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What Backstop writes on issues, in both languages, and both languages complete. */
class IssueNotesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final IssueNotes RU = new IssueNotes(NotesLanguage.RU, MOSCOW);
    private static final IssueNotes EN = new IssueNotes(NotesLanguage.EN, MOSCOW);
    private static final Instant SINCE = at("2026-11-02T10:02");
    private static final Instant DUE = at("2026-11-02T11:02");

    @Test
    void aBreachSaysWhoWhyAndSinceWhenTheClientWaits() {
        Reassignment moved = new Reassignment(at("2026-11-02T11:05"), "WEB-1", "ivanova", "operator",
                ReassignReason.BREACH);
        ResponseClock after = awaiting("operator", true);

        assertThat(RU.reassigned(moved, after)).isEqualTo("Backstop переназначил задачу с ivanova на operator"
                + " в пн 02.11 11:05: клиенту не ответили в срок. Клиент ждёт ответа с пн 02.11 10:02; ответить"
                + " нужно было до пн 02.11 11:02.");
        assertThat(EN.reassigned(moved, after)).isEqualTo("Backstop moved this issue from ivanova to operator"
                + " on Mon 2 Nov 11:05: no one answered the client in time. The client has been waiting since"
                + " Mon 2 Nov 10:02; the answer was due by Mon 2 Nov 11:02.");
    }

    @Test
    void anAbsenceSaysWhoIsAwayAndWhenTheAnswerIsDue() {
        Reassignment moved = new Reassignment(at("2026-11-02T10:30"), "WEB-1", "ivanova", "petrova",
                ReassignReason.ABSENCE);

        assertThat(RU.reassigned(moved, awaiting("petrova"))).isEqualTo("Backstop переназначил задачу с ivanova"
                + " на petrova в пн 02.11 10:30: ivanova отсутствует. Клиент ждёт ответа с пн 02.11 10:02;"
                + " ответить нужно до пн 02.11 11:02.");
        assertThat(EN.reassigned(moved, awaiting("petrova"))).isEqualTo("Backstop moved this issue from ivanova"
                + " to petrova on Mon 2 Nov 10:30: ivanova is away. The client has been waiting since Mon 2 Nov"
                + " 10:02; an answer is due by Mon 2 Nov 11:02.");
    }

    @Test
    void aReturnAfterAnAnswerSaysOnlyWhy() {
        Reassignment moved = new Reassignment(at("2026-11-02T11:30"), "WEB-1", "operator", "ivanova",
                ReassignReason.RETURN);
        ResponseClock answered = ResponseClock.opened("WEB-1", "Client request", "Medium", "ivanova");

        assertThat(RU.reassigned(moved, answered)).isEqualTo("Backstop переназначил задачу с operator на ivanova"
                + " в пн 02.11 11:30: ivanova — менеджер клиента и сейчас на работе.");
        assertThat(EN.reassigned(moved, answered)).isEqualTo("Backstop moved this issue from operator to ivanova"
                + " on Mon 2 Nov 11:30: ivanova is the client's manager and is at work.");
    }

    @Test
    void aNoteAcrossTheNewYearNamesLastYear() {
        Reassignment moved = new Reassignment(at("2027-01-11T09:00"), "WEB-1", "petrova", "ivanova",
                ReassignReason.RETURN);
        ResponseClock waiting = new ResponseClock("WEB-1", null, null, "ivanova", "ivanova", true,
                at("2026-12-30T17:00"), at("2026-12-30T17:30"), at("2027-01-11T10:00"), false);

        assertThat(RU.reassigned(moved, waiting)).endsWith("в пн 11.01 09:00: ivanova — менеджер клиента и сейчас"
                + " на работе. Клиент ждёт ответа с ср 30.12.2026 17:00; ответить нужно до пн 11.01 10:00.");
    }

    @Test
    void aReminderNamesThePersonTheWaitAndTheDue() {
        assertThat(RU.reminder("ivanova", SINCE, DUE, at("2026-11-02T10:32"))).isEqualTo("@ivanova, клиент ждёт"
                + " ответа с пн 02.11 10:02; ответить нужно до пн 02.11 11:02 (напоминание от пн 02.11 10:32).");
        assertThat(EN.reminder("ivanova", SINCE, DUE, at("2026-11-02T10:32"))).isEqualTo("@ivanova, the client"
                + " has been waiting since Mon 2 Nov 10:02; an answer is due by Mon 2 Nov 11:02 (reminder of Mon 2"
                + " Nov 10:32).");
        assertThat(EN.reminder("ivanova", SINCE, DUE, at("2026-11-02T11:10"))).contains("the answer was due by");
        assertThat(RU.reminder("ivanova", SINCE, DUE, at("2026-11-02T11:10"))).contains("нужно было до");
    }

    @Test
    void promisesMadeAndBroken() {
        Instant made = at("2026-11-02T10:10");
        Instant by = at("2026-11-03T12:00");

        assertThat(RU.promiseMade("ivanova", made, by)).isEqualTo("Обещание ivanova от пн 02.11 10:10: ответить"
                + " до вт 03.11 12:00.");
        assertThat(EN.promiseMade("ivanova", made, by)).isEqualTo("ivanova promised on Mon 2 Nov 10:10 to answer"
                + " by Tue 3 Nov 12:00.");
        assertThat(RU.promiseBroken("ivanova", made, by)).isEqualTo("Не выполнено обещание ivanova от пн 02.11"
                + " 10:10: ответить до вт 03.11 12:00.");
        assertThat(EN.promiseBroken("ivanova", made, by)).isEqualTo("The promise ivanova made on Mon 2 Nov 10:10,"
                + " to answer by Tue 3 Nov 12:00, was not kept.");
    }

    @Test
    void everyKeyHasARussianTextWithTheSameArguments() throws IOException {
        Properties en = file("i18n/backstop-notes.properties");
        Properties ru = file("i18n/backstop-notes_ru.properties");

        assertThat(new TreeSet<>(ru.stringPropertyNames())).as("keys of the Russian file")
                .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        Pattern cyrillic = Pattern.compile("\\p{IsCyrillic}");
        for (String key : en.stringPropertyNames()) {
            String russian = ru.getProperty(key);
            assertThat(russian).as(key).isNotBlank();
            if (key.startsWith("notes.time")) {
                continue; // date patterns: letters are pattern letters
            }
            assertThat(cyrillic.matcher(russian).find()).as("%s is Russian: %s", key, russian).isTrue();
            assertThat(arguments(russian)).as("the arguments of %s", key).isEqualTo(arguments(en.getProperty(key)));
        }
    }

    @Test
    void everyReasonHasItsWords() throws IOException {
        Set<String> russian = file("i18n/backstop-notes_ru.properties").stringPropertyNames();
        for (ReassignReason reason : ReassignReason.values()) {
            Reassignment moved = new Reassignment(SINCE, "WEB-1", "ivanova", "operator", reason);
            assertThat(RU.reassigned(moved, awaiting("operator"))).doesNotContain("notes.");
            assertThat(russian).contains("notes.why." + reason.name());
        }
    }

    @Test
    void englishStaysEnglishOnARussianServer() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ru-RU"));
        try {
            Reassignment moved = new Reassignment(DUE, "WEB-1", "ivanova", "operator", ReassignReason.BREACH);
            assertThat(new IssueNotes(NotesLanguage.EN, MOSCOW).reassigned(moved, awaiting("operator")))
                    .startsWith("Backstop moved this issue").contains("Mon 2 Nov 11:02");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static ResponseClock awaiting(String assignee) {
        return awaiting(assignee, false);
    }

    private static ResponseClock awaiting(String assignee, boolean breached) {
        return new ResponseClock("WEB-1", "Client request", "Medium", "ivanova", assignee, true, SINCE,
                at("2026-11-02T10:32"), DUE, breached);
    }

    /** The argument numbers a pattern uses. */
    private static Set<String> arguments(String pattern) {
        Set<String> used = new TreeSet<>();
        new MessageFormat(pattern); // a pattern that does not parse fails here
        Matcher m = Pattern.compile("\\{(\\d+)}").matcher(pattern);
        while (m.find()) {
            used.add(m.group(1));
        }
        return used;
    }

    private static Properties file(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IssueNotesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** A Moscow local time, e.g. {@code 2026-11-02T10:02}. */
    private static Instant at(String local) {
        return OffsetDateTime.parse(local + ":00+03:00").toInstant();
    }
}
