package io.backstop.jira.rest;

import io.backstop.app.rest.ApiErrorMapper;
import io.backstop.jira.port.JiraCallerLanguage;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;

/**
 * The app's error mapper, registered in the plugin's REST package: every error leaves as {@code {"error": ...}}, in
 * the language of the user's Jira profile.
 */
@Provider
public class JiraApiErrorMapper extends ApiErrorMapper {

    @Inject
    public JiraApiErrorMapper(JiraCallerLanguage language) {
        super(language);
    }
}
