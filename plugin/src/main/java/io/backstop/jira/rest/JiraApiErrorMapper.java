package io.backstop.jira.rest;

import io.backstop.app.rest.ApiErrorMapper;
import io.backstop.app.rest.CallerLanguage;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;

/**
 * The app's error mapper, registered in the plugin's REST package: every error leaves as {@code {"error": ...}}, in
 * the language of the user's Jira profile.
 */
@Provider
public class JiraApiErrorMapper extends ApiErrorMapper {

    /** The language is the plugin's component {@code JiraCallerLanguage}: the user's Jira profile. */
    @Inject
    public JiraApiErrorMapper(CallerLanguage language) {
        super(language);
    }
}
