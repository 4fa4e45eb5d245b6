package io.backstop.jira.port;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.backstop.app.rest.CallerLanguage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Optional;

/** The language of the user Jira authenticated for this request: their profile's, else Jira's default. */
@Named("backstopCallerLanguage")
public final class JiraCallerLanguage implements CallerLanguage {

    private final JiraAuthenticationContext authentication;

    @Inject
    public JiraCallerLanguage(@ComponentImport JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public Optional<Locale> of(HttpHeaders request) {
        return Optional.ofNullable(authentication.getLocale());
    }
}
