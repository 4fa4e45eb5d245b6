package io.backstop.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** The container's errors become JSON and keep the headers that tell a client what to do next. */
class ApiErrorMapperTest {

    private final ApiErrorMapper mapper = new ApiErrorMapper();

    @Test
    void aWrongMethodKeepsItsAllowHeader() {
        Response answer = mapper.toResponse(new NotAllowedException("GET", new String[] {"PUT"}));

        assertThat(answer.getStatus()).isEqualTo(405);
        assertThat(answer.getHeaderString(HttpHeaders.ALLOW)).contains("GET").contains("PUT");
        assertThat((String) answer.getEntity()).startsWith("{\"error\":");
    }

    @Test
    void aMissingLoginKeepsItsChallenge() {
        Response answer = mapper.toResponse(new NotAuthorizedException("Basic realm=\"Jira\""));

        assertThat(answer.getStatus()).isEqualTo(401);
        assertThat(answer.getHeaderString(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Basic realm=\"Jira\"");
    }

    @Test
    void anUnavailableServiceKeepsWhenToComeBack() {
        Response answer = mapper.toResponse(new ServiceUnavailableException(120L));

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo("120");
    }

    @Test
    void otherHeadersAndTheContainersBodyAreNotKept() {
        Response original = Response.status(404).header("X-Internal", "secret").entity("<html>").build();

        Response answer = mapper.toResponse(new NotFoundException(original));

        assertThat(answer.getHeaderString("X-Internal")).isNull();
        assertThat((String) answer.getEntity()).isEqualTo("{\"error\":\"no such resource\"}");
        assertThat(answer.getMediaType()).hasToString("application/json");
    }
}
