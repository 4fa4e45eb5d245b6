package io.backstop.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.rest.ApiError;
import io.backstop.app.rest.Fields;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.core.calendar.HumanDuration;
import io.backstop.core.sla.Goal;
import io.backstop.core.validation.InvalidFieldException;
import java.time.Duration;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, durations: the settings document takes durations as the department writes them, in English and in
 * Russian, stores them in the human form (English), and reads back what it wrote; ISO-8601 still reads.
 */
class SettingsDurationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode document() {
        ObjectNode doc = SettingsDocument.toJson(SettingsDocument.unconfigured(ZoneId.of("Europe/Moscow")));
        doc.putArray("people").addObject().put("name", "head").put("role", "HEAD");
        ((ArrayNode) doc.get("people")).addObject().put("name", "operator")
                .put("role", "OPERATOR");
        return doc;
    }

    private static ObjectNode policy(ObjectNode doc) {
        return (ObjectNode) doc.get("policy");
    }

    @Test
    void aDocumentTypedInBothLanguagesIsStoredInTheHumanForm() {
        ObjectNode doc = document();
        policy(doc).put("queueAfter", "30 мин").put("respondWithin", "1 д 4 ч").put("answerWithin", "PT16H")
                .put("remindBefore", "1.5h");
        doc.putArray("goals").addObject().put("respondWithin", "8h").put("queueAfter", "10m");
        doc.put("tick", "PT2M");

        DepartmentSettings read = SettingsDocument.read(doc);
        Goal standard = read.policy().standard();
        assertThat(standard.queueAfter()).isEqualTo(Duration.ofMinutes(30));
        assertThat(standard.respondWithin()).as("a day is 8 working hours").isEqualTo(Duration.ofHours(12));
        assertThat(standard.answerWithin()).isEqualTo(Duration.ofHours(16));
        assertThat(read.policy().remindBefore()).contains(Duration.ofMinutes(90));
        assertThat(read.tick()).isEqualTo(Duration.ofMinutes(2));

        JsonNode written = SettingsDocument.toJson(read);
        assertThat(written.at("/policy/queueAfter").asText()).isEqualTo("30m");
        assertThat(written.at("/policy/respondWithin").asText()).isEqualTo("1d 4h");
        assertThat(written.at("/policy/answerWithin").asText()).isEqualTo("2d");
        assertThat(written.at("/policy/remindBefore").asText()).isEqualTo("1h 30m");
        assertThat(written.at("/goals/0/respondWithin").asText()).isEqualTo("1d");
        assertThat(written.at("/goals/0/queueAfter").asText()).isEqualTo("10m");
        assertThat(written.get("tick").asText()).isEqualTo("2m");
        DepartmentSettings again = SettingsDocument.read(SettingsDocument.write(read));
        assertThat(again.policy()).as("read back as written").isEqualTo(read.policy());
        assertThat(again.tick()).isEqualTo(read.tick());
    }

    @Property(tries = 100)
    void whatIsWrittenReadsBackTheSame(@ForAll @LongRange(min = 0, max = 6_000_000) long queueMinutes,
                                       @ForAll @LongRange(min = 0, max = 6_000_000) long respondMinutes,
                                       @ForAll @LongRange(min = 1, max = 604_800) long tickSeconds) {
        ObjectNode doc = document();
        policy(doc).put("queueAfter", Duration.ofMinutes(queueMinutes).toString())
                .put("respondWithin", Duration.ofMinutes(respondMinutes).toString());
        doc.put("tick", Duration.ofSeconds(tickSeconds).toString());
        DepartmentSettings read = SettingsDocument.read(doc);
        DepartmentSettings again = SettingsDocument.read(SettingsDocument.write(read));
        assertThat(again.policy().standard()).isEqualTo(read.policy().standard());
        assertThat(again.tick()).isEqualTo(Duration.ofSeconds(tickSeconds));
    }

    @Test
    void aBadDurationNamesTheFieldAndTheHumanForm() {
        ObjectNode doc = document();
        policy(doc).put("respondWithin", "8");
        assertThatThrownBy(() -> SettingsDocument.read(doc)).isInstanceOf(InvalidFieldException.class)
                .hasFieldOrPropertyWithValue("field", "policy.respondWithin")
                .hasMessageContaining("expected a duration such as 8h, 1d 4h or 30m, got \"8\"");
        ObjectNode ticking = document();
        ticking.put("tick", "1d");
        assertThatThrownBy(() -> SettingsDocument.read(ticking)).hasFieldOrPropertyWithValue("field", "tick")
                .hasMessageContaining("days are not taken here");
    }

    @Test
    void aDayIsTheCalendarsWorkingDay() {
        // a department working 09:00-19:00 with an hour's lunch, Monday to Friday: its working day is 9 hours
        ObjectNode doc = document();
        ObjectNode week = (ObjectNode) doc.at("/calendar/week");
        for (String day : new String[] {"MON", "TUE", "WED", "THU", "FRI"}) {
            week.putArray(day).add("09:00-13:00").add("14:00-19:00");
        }
        policy(doc).put("respondWithin", "1d").put("queueAfter", "1 д 1 ч");

        DepartmentSettings read = SettingsDocument.read(doc);
        assertThat(read.policy().standard().respondWithin()).isEqualTo(Duration.ofHours(9));
        assertThat(read.policy().standard().queueAfter()).isEqualTo(Duration.ofHours(10));
        JsonNode written = SettingsDocument.toJson(read);
        assertThat(written.at("/policy/respondWithin").asText()).isEqualTo("1d");
        assertThat(written.at("/policy/queueAfter").asText()).isEqualTo("1d 1h");
        assertThat(SettingsDocument.read(written).policy()).isEqualTo(read.policy());
    }

    @Test
    void restFieldsTakeTheHumanFormToo() throws Exception {
        JsonNode request = JSON.readTree("{\"respondWithin\": \"1 д 4 ч\", \"queueAfter\": \"4\", \"far\": \"2w\"}");
        HumanDuration days = HumanDuration.WORKING;
        assertThat(Fields.duration(request, "respondWithin", days)).contains(Duration.ofHours(12));
        assertThatThrownBy(() -> Fields.duration(request, "queueAfter", days)).isInstanceOf(ApiError.class)
                .hasFieldOrPropertyWithValue("field", "queueAfter").hasMessageContaining("say which unit");
        assertThatThrownBy(() -> Fields.duration(request, "far", days)).hasMessageContaining("weeks are not taken");
    }

    @Test
    void theResultsFullDayIsWrittenInHoursAndReadBack() {
        ObjectNode results = (ObjectNode) ResultsSettings.departmentDefault().toJson();
        ((ObjectNode) results.get("ramp")).put("fullDay", "7,5 ч");
        ResultsSettings read = ResultsSettings.read(results);
        assertThat(read.ramp().fullDay()).isEqualTo(Duration.ofMinutes(450));
        assertThat(read.toJson().at("/ramp/fullDay").asText()).isEqualTo("7h 30m");
        assertThat(ResultsSettings.read(read.write()).ramp().fullDay()).isEqualTo(Duration.ofMinutes(450));
        ((ObjectNode) results.get("ramp")).put("fullDay", "1d");
        assertThatThrownBy(() -> ResultsSettings.read(results)).hasFieldOrPropertyWithValue("field", "ramp.fullDay");
    }
}
