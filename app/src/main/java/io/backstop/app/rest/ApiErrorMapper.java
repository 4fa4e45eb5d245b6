package io.backstop.app.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.port.TrackerException;
import io.backstop.app.store.AlreadyDecided;
import io.backstop.app.store.WriteConflicts;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every error leaves as {@code {"error": "...", "field": "...", "key": "...", "label": "..."}} with its status: the
 * text and the field's label in the caller's language ({@link CallerLanguage}, then {@code Accept-Language}), the
 * field as its JSON path and the message key for scripts; a container's error response keeps its {@code Allow},
 * {@code WWW-Authenticate} and {@code Retry-After} headers.
 */
@Provider
public class ApiErrorMapper implements ExceptionMapper<RuntimeException> {

    /** Headers of a container's own error response that the JSON answer keeps. */
    static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE,
            HttpHeaders.RETRY_AFTER);
    /** The answer to a write that kept meeting others' writes of the same rows. */
    static final Problem CONFLICT = Problem.of("error.store.conflict");

    private final CallerLanguage language;
    @Context
    private HttpHeaders request;

    public ApiErrorMapper() {
        this(CallerLanguage.UNKNOWN);
    }

    @Inject
    public ApiErrorMapper(CallerLanguage language) {
        this.language = language;
    }

    /** For tests: the mapper as it answers a request with these headers. */
    ApiErrorMapper answering(HttpHeaders headers) {
        this.request = headers;
        return this;
    }

    @Override
    public Response toResponse(RuntimeException exception) {
        ErrorTexts texts = ErrorTexts.in(ErrorTexts.language(language, request));
        if (exception instanceof ApiError error) {
            return body(texts, error.status(), error.field(), error.problem(), error.getMessage()).build();
        }
        if (exception instanceof InvalidFieldException bad) {
            return body(texts, 400, bad.field(), bad.problem(), bad.text()).build();
        }
        if (exception instanceof TrackerException refused) {
            return body(texts, 409, null, Problem.of("error.tracker.refused", refused.getMessage()), null).build();
        }
        if (exception instanceof AlreadyDecided decided) {
            return body(texts, 409, AlreadyDecided.FIELD, Problem.of("error.staff.alreadyDecided",
                    decided.state()), null)
                    .build();
        }
        if (WriteConflicts.isConflict(exception)) {
            // what is left after the retries: the caller may simply send it again
            return body(texts, 409, null, CONFLICT, null).build();
        }
        if (exception instanceof WebApplicationException web) {
            Response original = web.getResponse();
            int status = original.getStatus();
            Response.ResponseBuilder answer = body(texts, status, null, status == 404
                    ? Problem.of("error.http.notFound") : Problem.of("error.http.failed", status), null);
            // the container's answer tells the client what to do next: which methods (405), how to log in (401),
            // when to come back (429, 503); only the body becomes ours
            for (String header : KEPT_HEADERS) {
                for (Object value : original.getHeaders().getOrDefault(header, List.of())) {
                    answer.header(header, value);
                }
            }
            return answer.build();
        }
        LoggerFactory.getLogger(ApiErrorMapper.class).error("Backstop REST call failed", exception);
        return body(texts, 500, null, Problem.of("error.server.failed"), null).build();
    }

    /** The answer; an error made the old way (no problem) keeps its English text and has no key. */
    private static Response.ResponseBuilder body(ErrorTexts texts, int status, String field, Problem problem,
                                                 String english) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("error", problem == null ? english : texts.text(problem));
        if (field != null) {
            node.put("field", field);
            texts.label(field).ifPresent(label -> node.put("label", label));
        }
        if (problem != null) {
            node.put("key", problem.key());
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(node.toString());
    }
}
