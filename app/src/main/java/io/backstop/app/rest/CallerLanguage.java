package io.backstop.app.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Optional;

/**
 * The language the host knows its caller reads, for the words of an error: Jira's user profile; the sandbox's
 * language switch (its cookie). Empty when the host does not know; then the request's {@code Accept-Language}
 * decides, then English ({@link ErrorTexts#language}).
 */
@FunctionalInterface
public interface CallerLanguage {

    /** A host that knows nothing of its callers' languages. */
    CallerLanguage UNKNOWN = request -> Optional.empty();

    Optional<Locale> of(HttpHeaders request);
}
