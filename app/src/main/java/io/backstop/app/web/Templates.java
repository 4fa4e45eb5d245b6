package io.backstop.app.web;

import java.util.Map;

/**
 * What renders the screens' Velocity templates ({@code templates/backstop/*.vm}, Velocity 1.x syntax): in Jira,
 * Jira's {@code TemplateRenderer} (which HTML-escapes every reference not named {@code ...Html} and reaches only
 * allowlisted methods); in the sandbox, its own Velocity 1.7 engine set up the same way. The model holds Strings
 * and {@link Messages} ({@code $i18n.getText(key)}, as Jira's {@code $i18n}), nothing else.
 *
 * <p>The app itself stays free of Velocity: its jar is embedded in the Jira plugin, whose bundle must not import
 * the host's Velocity internals.
 */
@FunctionalInterface
public interface Templates {

    String render(String template, Map<String, Object> model);
}
