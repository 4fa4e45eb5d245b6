package io.backstop.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mapper says an error in the caller's language and names the field by its label; the path stays. */
class ErrorLanguageTest {

    @Test
    void aSettingsErrorInEnglishNamesTheFieldAndItsRow() {
        JsonNode answer = answer(CallerLanguage.UNKNOWN, "en", new InvalidFieldException("calendar.holidays[35]",
                Problem.of("error.input.expectedDateGot", "4 ноября")));

        assertThat(answer.get("error").asText()).isEqualTo("expected a date such as 2026-11-04, got \"4 ноября\"");
        assertThat(answer.get("field").asText()).isEqualTo("calendar.holidays[35]");
        assertThat(answer.get("label").asText()).isEqualTo("Holidays, row 36");
        assertThat(answer.get("key").asText()).isEqualTo("error.input.expectedDateGot");
    }

    @Test
    void theSameErrorInRussian() {
        JsonNode answer = answer(CallerLanguage.UNKNOWN, "ru-RU,ru;q=0.9,en;q=0.5", new InvalidFieldException(
                "calendar.holidays[35]", Problem.of("error.input.expectedDateGot", "4 ноября")));

        assertThat(answer.get("error").asText()).isEqualTo("ожидается дата, например 2026-11-04, указано «4 ноября»");
        assertThat(answer.get("label").asText()).isEqualTo("Праздники, строка 36");
        assertThat(answer.get("field").asText()).isEqualTo("calendar.holidays[35]");
    }

    @Test
    void theHostsKnowledgeOfTheCallerWinsOverTheBrowsersHeader() {
        CallerLanguage profile = request -> Optional.of(Locale.forLanguageTag("ru-RU"));

        JsonNode answer = answer(profile, "en", ApiError.badInput("respondWithin",
                Problem.of("error.input.expectedDuration")));

        assertThat(answer.get("error").asText()).isEqualTo("ожидается длительность ISO-8601, например PT4H");
        assertThat(answer.get("label").asText()).isEqualTo("Ответить в течение");
    }

    @Test
    void aFieldWithoutItsOwnLabelTakesItsParentsAndWholeNumbersKeepTheirDigits() {
        JsonNode answer = answer(CallerLanguage.UNKNOWN, "ru", new InvalidFieldException("calendar.week.MON[1]",
                Problem.of("error.input.mostCharacters", 1000)));

        assertThat(answer.get("label").asText()).isEqualTo("Понедельник, строка 2");
        assertThat(answer.get("error").asText()).isEqualTo("не длиннее 1000 символов");
    }

    @Test
    void anErrorMadeTheOldWayKeepsItsEnglishAndHasNoKey() {
        @SuppressWarnings("deprecation")
        ApiError old = ApiError.badInput("client", "must name a client");

        JsonNode answer = answer(CallerLanguage.UNKNOWN, "ru", old);

        assertThat(answer.get("error").asText()).isEqualTo("must name a client");
        assertThat(answer.has("key")).isFalse();
        assertThat(answer.get("label").asText()).isEqualTo("Клиент");
    }

    @Test
    void aContainersErrorAndAnUnknownLanguage() {
        JsonNode answer = answer(CallerLanguage.UNKNOWN, "de-DE", new jakarta.ws.rs.NotFoundException());

        assertThat(answer.get("error").asText()).isEqualTo("no such resource");
        assertThat(answer(CallerLanguage.UNKNOWN, "ru", new jakarta.ws.rs.NotFoundException()).get("error").asText())
                .isEqualTo("такого адреса нет");
    }

    @Test
    void theRolesAllowedAreNamedInTheCallersLanguage() {
        ApiError refused = ApiError.forbidden(Problem.of("error.suspected.onlyConfirmDismiss",
                io.backstop.app.access.Access.who(io.backstop.core.staff.Role.OPERATOR, io.backstop.core.staff.Role.HEAD,
                        io.backstop.core.staff.Role.DIRECTOR)));

        assertThat(refused.getMessage())
                .isEqualTo("only the operator, the head and the director confirm or dismiss suspected complaints");
        assertThat(answer(CallerLanguage.UNKNOWN, "ru", refused).get("error").asText())
                .isEqualTo("подтверждать и отклонять возможные жалобы могут только оператор, руководитель и директор");
    }

    static JsonNode answer(CallerLanguage language, String acceptLanguage, RuntimeException error) {
        Response response = new ApiErrorMapper(language).answering(headers(Map.of(HttpHeaders.ACCEPT_LANGUAGE,
                acceptLanguage))).toResponse(error);
        try {
            return Json.MAPPER.readTree((String) response.getEntity());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A request's headers: only what the mapper reads (a header's value, no cookies). */
    static HttpHeaders headers(Map<String, String> values) {
        return (HttpHeaders) Proxy.newProxyInstance(HttpHeaders.class.getClassLoader(),
                new Class<?>[] {HttpHeaders.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeaderString" -> values.get((String) args[0]);
                    case "getCookies" -> Map.of();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
