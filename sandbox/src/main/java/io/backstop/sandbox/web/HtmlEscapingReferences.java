package io.backstop.sandbox.web;

import io.backstop.app.web.Html;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Escapes what a reference inserts, as Jira's Velocity does: {@code $name}, {@code $a.b} and
 * {@code $a.getB()} are escaped unless the last name ends in {@code Html} ({@code $contentHtml}), which marks
 * markup the code built and escaped itself.
 */
public final class HtmlEscapingReferences implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || isHtml(reference)) {
            return value;
        }
        return Html.escape(value.toString());
    }

    static boolean isHtml(String reference) {
        String name = reference.replaceAll("\\(.*\\)$", "").replaceAll("[}]+$", "");
        int dot = name.lastIndexOf('.');
        String last = dot < 0 ? name.replaceAll("^[$!{]+", "") : name.substring(dot + 1);
        return last.endsWith("Html");
    }
}
