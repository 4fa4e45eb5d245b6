package io.backstop.jira.web;

import io.backstop.app.web.Html;
import io.backstop.app.web.Messages;

/**
 * The app's {@link Messages} with every text HTML-escaped: what {@link JiraTemplates} hands a template as
 * {@code $i18n} when Jira's Velocity does not escape references itself. Same method names and parameters as
 * {@link Messages}, so the templates' {@code $i18n.getText('key')} and {@code $i18n.getText('key', $arg)} work on
 * either (both are in the descriptor's velocity-allowlist).
 */
public final class EscapedMessages {

    private final Messages messages;

    EscapedMessages(Messages messages) {
        this.messages = messages;
    }

    public String getText(String key) {
        return Html.escape(messages.getText(key));
    }

    /** Fixed arity, as {@link Messages#getText(String, Object)}: the allowlist names no varargs method. */
    public String getText(String key, Object argument) {
        return Html.escape(messages.getText(key, argument));
    }

    public String getLanguage() {
        return messages.getLanguage();
    }
}
