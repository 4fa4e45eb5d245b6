package io.backstop.app.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.backstop.app.store.AlreadyDecided;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.UndeclaredThrowableException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        assertThat((String) answer.getEntity()).isEqualTo("{\"error\":\"no such resource\",\"key\":\"error.http.notFound\"}");
        assertThat(answer.getMediaType()).hasToString("application/json");
    }

    @Test
    void aDecisionSomebodyTookFirstIsAConflictNamingTheStateFound() {
        Response answer = mapper.toResponse(new AlreadyDecided("APPROVED"));

        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat((String) answer.getEntity()).isEqualTo("{\"error\":\"already APPROVED\",\"field\":\"status\","
                + "\"label\":\"Status\",\"key\":\"error.staff.alreadyDecided\"}");
    }

    /** H2's refusals as Active Objects hands them on: an entity's save wraps the SQL exception in the proxy's. */
    @ParameterizedTest
    @CsvSource({"40001, 40001", "HYT00, 50200", "90131, 90131", "23505, 23505"})
    void aWriteThatMetAnotherIsAConflictNotAFailure(String state, int code) {
        SQLException refusal = state.startsWith("40") ? new SQLTransactionRollbackException("deadlock", state, code)
                : new SQLException("refused", state, code);

        for (RuntimeException wrapped : new RuntimeException[] {new UndeclaredThrowableException(refusal),
                new IllegalStateException("database call failed", refusal)}) {
            Response answer = mapper.toResponse(wrapped);

            assertThat(answer.getStatus()).as(state).isEqualTo(409);
            assertThat((String) answer.getEntity()).contains(ApiErrorMapper.CONFLICT.english());
        }
    }

    @Test
    void anyOtherDatabaseFailureIsStillA500() {
        Response answer = mapper.toResponse(new IllegalStateException("database call failed",
                new SQLException("disk full", "HY000", 1)));

        assertThat(answer.getStatus()).isEqualTo(500);
    }
}
