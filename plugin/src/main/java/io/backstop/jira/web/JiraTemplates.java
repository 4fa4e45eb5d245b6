package io.backstop.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.backstop.app.web.Html;
import io.backstop.app.web.Messages;
import io.backstop.app.web.Templates;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * The app's {@link Templates} over Jira's {@link TemplateRenderer} (the templates are in this plugin's jar, so the
 * renderer finds them with the plugin's class loader).
 *
 * <p>Escaping. The app's templates leave every reference to the renderer to escape, except those named
 * {@code ...Html}. Whether Jira's TemplateRenderer escapes references for a plugin's templates is not settled
 * (jira-platform.md documents no escaping switch for it). So the first render asks Jira: it renders the fragment
 * {@code $backstopProbe} with {@code "<&>"}. If Jira escaped it, the model goes to Jira as it is (pre-escaping would
 * escape twice and break the {@code data-i18n} JSON); if not, this class escapes: every value whose name does not end
 * in {@code Html} becomes escaped text, and {@link Messages} becomes {@link EscapedMessages}. Either way a reference
 * is escaped exactly once.
 */
@Named("backstopTemplates")
public final class JiraTemplates implements Templates {

    static final String PROBE = "backstopProbe";
    static final String PROBE_VALUE = "<&>";

    private final TemplateRenderer renderer;
    private volatile Boolean hostEscapes;

    @Inject
    public JiraTemplates(@ComponentImport TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public String render(String template, Map<String, Object> model) {
        Map<String, Object> context = hostEscapes() ? new HashMap<>(model) : escaped(model);
        StringWriter out = new StringWriter();
        try {
            renderer.render(template, context, out);
        } catch (RenderingException | IOException e) {
            throw new IllegalStateException("cannot render " + template + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Whether Jira's renderer escapes references itself; asked once. */
    boolean hostEscapes() {
        Boolean known = hostEscapes;
        if (known == null) {
            Map<String, Object> probe = new HashMap<>();
            probe.put(PROBE, PROBE_VALUE);
            String answer = renderer.renderFragment("$" + PROBE, probe);
            known = answer != null && !answer.contains(PROBE_VALUE) && answer.contains("&lt;");
            hostEscapes = known;
        }
        return known;
    }

    static Map<String, Object> escaped(Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>();
        model.forEach((name, value) -> {
            if (value instanceof Messages messages) {
                context.put(name, new EscapedMessages(messages));
            } else if (value == null || name.endsWith("Html")) {
                context.put(name, value);
            } else {
                context.put(name, Html.escape(value.toString()));
            }
        });
        return context;
    }
}
