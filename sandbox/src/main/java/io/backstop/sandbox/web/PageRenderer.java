package io.backstop.sandbox.web;

import io.backstop.app.web.Messages;
import io.backstop.app.web.Templates;
import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;

/**
 * The sandbox's {@link Templates}: Velocity 1.7 templates from the classpath, rendered as Jira's template renderer
 * does (in Jira the plugin hands the same templates to Jira's own TemplateRenderer): every
 * reference is HTML-escaped unless its name ends in {@code Html} (Jira's rule since 6.0), and templates reach only
 * public methods of the objects they are given (a secure uberspector, as Jira's allowlist). Give templates Strings,
 * numbers and {@link Messages}.
 */
public final class PageRenderer implements Templates {

    private final VelocityEngine engine;

    public PageRenderer() {
        Properties p = new Properties();
        p.setProperty("resource.loader", "class");
        p.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        p.setProperty("class.resource.loader.cache", "true");
        p.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        p.setProperty("input.encoding", "UTF-8");
        p.setProperty("output.encoding", "UTF-8");
        p.setProperty("runtime.introspector.uberspect", "org.apache.velocity.util.introspection.SecureUberspector");
        engine = new VelocityEngine(p);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(PageRenderer.class.getClassLoader());
            engine.init();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The template rendered with the model; every value is escaped unless its reference ends in {@code Html}. */
    @Override
    public String render(String template, Map<String, Object> model) {
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(new HtmlEscapingReferences());
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(PageRenderer.class.getClassLoader());
            Template loaded = engine.getTemplate(template, "UTF-8");
            loaded.merge(context, out);
        } catch (Exception e) {
            throw new IllegalStateException("cannot render " + template + ": " + e.getMessage(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        return out.toString();
    }
}
