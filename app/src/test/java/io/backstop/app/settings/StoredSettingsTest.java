package io.backstop.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.backstop.core.validation.InvalidFieldException;
import org.junit.jupiter.api.Test;

/**
 * A new settings document must name people by login; one stored before that rule still reads, so an upgraded
 * department starts. Jira logins that are e-mail addresses are logins.
 */
class StoredSettingsTest {

    private static final String DOCUMENT = """
            {"calendar": {"zone": "Europe/Moscow", "week": {"MON": ["09:00-18:00"]}},
             "policy": {"queueAfter": "PT1H", "respondWithin": "PT8H"},
             "people": [{"name": "head", "role": "HEAD"}, {"name": "operator", "role": "OPERATOR"},
                        {"name": "%s", "role": "MANAGER"}]}""";

    @Test
    void aNewDocumentNamesPeopleByLogin() {
        assertThatThrownBy(() -> SettingsDocument.read(DOCUMENT.formatted("anna smith")))
                .isInstanceOf(InvalidFieldException.class).extracting("field").isEqualTo("people[2].name");
        assertThat(SettingsDocument.read(DOCUMENT.formatted("anna.smith@agency.ru")).person("anna.smith@agency.ru"))
                .isPresent();
    }

    @Test
    void aDocumentStoredBeforeTheRuleStillReads() {
        assertThat(SettingsDocument.readStored(DOCUMENT.formatted("anna smith")).person("anna smith")).isPresent();
    }
}
