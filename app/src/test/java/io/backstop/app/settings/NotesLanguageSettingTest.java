package io.backstop.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.validation.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** The settings' {@code notesLanguage}: Russian unless set, English when chosen, anything else refused by name. */
class NotesLanguageSettingTest {

    private static final String DOCUMENT = """
            {"calendar": {"zone": "Europe/Moscow", "week": {"MON": ["09:00-18:00"]}},
             "policy": {"queueAfter": "PT1H", "respondWithin": "PT8H"},
             "people": [{"name": "head", "role": "HEAD"}, {"name": "operator", "role": "OPERATOR"}]%s}""";

    @Test
    void russianUnlessSetAndWrittenBack() {
        DepartmentSettings settings = SettingsDocument.read(DOCUMENT.formatted(""));

        assertThat(settings.notesLanguage()).isEqualTo(NotesLanguage.RU);
        assertThat(SettingsDocument.toJson(settings).get("notesLanguage").asText()).isEqualTo("ru");
        assertThat(SettingsDocument.readStored(DOCUMENT.formatted("")).notesLanguage()).isEqualTo(NotesLanguage.RU);
        assertThat(SettingsDocument.read(DOCUMENT.formatted(", \"notesLanguage\": null")).notesLanguage())
                .isEqualTo(NotesLanguage.RU);
        assertThat(SettingsDocument.unconfigured(java.time.ZoneId.of("UTC")).notesLanguage())
                .isEqualTo(NotesLanguage.RU);
    }

    @Test
    void englishWhenChosenAndKeptThroughAChangeOfPeople() {
        DepartmentSettings settings = SettingsDocument.read(DOCUMENT.formatted(", \"notesLanguage\": \"en\""));

        assertThat(settings.notesLanguage()).isEqualTo(NotesLanguage.EN);
        assertThat(SettingsDocument.read(SettingsDocument.write(settings)).notesLanguage()).isEqualTo(NotesLanguage.EN);
        assertThat(settings.withPeople(settings.people()).notesLanguage()).isEqualTo(NotesLanguage.EN);
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        for (String bad : new String[] {"\"EN\"", "\"de\"", "\"\"", "\"english\"", "1", "true", "[\"ru\"]"}) {
            assertThatThrownBy(() -> SettingsDocument.read(DOCUMENT.formatted(", \"notesLanguage\": " + bad)))
                    .as(bad).isInstanceOf(InvalidFieldException.class)
                    .hasMessageContaining("\"en\" or \"ru\"")
                    .extracting("field").isEqualTo("notesLanguage");
        }
    }
}
