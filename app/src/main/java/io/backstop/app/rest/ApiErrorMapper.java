package io.backstop.app.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.port.TrackerException;
import io.backstop.app.store.AlreadyDecided;
import io.backstop.app.store.WriteConflicts;
import io.backstop.core.validation.InvalidFieldException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every error leaves as {@code {"error": "...", "field": "..."}} with its status; a container's error response keeps
 * its {@code Allow}, {@code WWW-Authenticate} and {@code Retry-After} headers.
 */
@Provider
public class ApiErrorMapper implements ExceptionMapper<RuntimeException> {

    /** Headers of a container's own error response that the JSON answer keeps. */
    static final List<String> KEPT_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE,
            HttpHeaders.RETRY_AFTER);
    /** The answer to a write that kept meeting others' writes of the same rows. */
    static final String CONFLICT = "another change of the same data was being written at the same moment; try again";

    @Override
    public Response toResponse(RuntimeException exception) {
        if (exception instanceof ApiError error) {
            return body(error.status(), error.field(), error.getMessage());
        }
        if (exception instanceof InvalidFieldException bad) {
            int cut = bad.getMessage().indexOf(": ");
            return body(400, bad.field(), cut < 0 ? bad.getMessage() : bad.getMessage().substring(cut + 2));
        }
        if (exception instanceof TrackerException refused) {
            return body(409, null, "the tracker refused: " + refused.getMessage());
        }
        if (exception instanceof AlreadyDecided decided) {
            return body(409, AlreadyDecided.FIELD, decided.getMessage());
        }
        if (WriteConflicts.isConflict(exception)) {
            // what is left after the retries: the caller may simply send it again
            return body(409, null, CONFLICT);
        }
        if (exception instanceof WebApplicationException web) {
            Response original = web.getResponse();
            int status = original.getStatus();
            Response.ResponseBuilder answer = builder(status, null, status == 404 ? "no such resource" : web.getMessage());
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
        return body(500, null, "Backstop failed to answer; the server log has the details");
    }

    static Response body(int status, String field, String message) {
        return builder(status, field, message).build();
    }

    private static Response.ResponseBuilder builder(int status, String field, String message) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("error", message);
        if (field != null) {
            node.put("field", field);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(node.toString());
    }
}
