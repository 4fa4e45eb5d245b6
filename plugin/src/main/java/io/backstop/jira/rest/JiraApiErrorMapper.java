package io.backstop.jira.rest;

import io.backstop.app.rest.ApiErrorMapper;
import jakarta.ws.rs.ext.Provider;

/** The app's error mapper, registered in the plugin's REST package: every error leaves as {@code {"error": ...}}. */
@Provider
public class JiraApiErrorMapper extends ApiErrorMapper {

    public JiraApiErrorMapper() {
    }
}
