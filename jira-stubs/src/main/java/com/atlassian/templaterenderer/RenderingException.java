/*
 * Stand-in for com.atlassian.templaterenderer.RenderingException (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.14 and 6 (the class [C]; its superclass RuntimeException is
 * [U] unconfirmed: catch it by exact type only).
 */
package com.atlassian.templaterenderer;

public class RenderingException extends RuntimeException {

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
