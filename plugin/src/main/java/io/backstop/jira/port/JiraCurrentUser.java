package io.backstop.jira.port;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.backstop.app.port.CurrentUser;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The user Jira authenticated for this request (Jira sets it before REST resources run). */
@Named("backstopCurrentUser")
public final class JiraCurrentUser implements CurrentUser {

    private final JiraAuthenticationContext authentication;

    @Inject
    public JiraCurrentUser(@ComponentImport JiraAuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public Optional<String> name() {
        return Optional.ofNullable(JiraUsers.name(authentication.getLoggedInUser()));
    }
}
