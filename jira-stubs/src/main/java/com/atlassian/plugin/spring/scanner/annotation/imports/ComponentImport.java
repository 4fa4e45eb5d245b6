/*
 * Stand-in for com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.11 ([C] decompiled annotation source) and 7.10 ([C] Jira 11,
 * scanner 6.0.0). RUNTIME retention: bnd imports its package, marked resolution:=optional (section 4.5).
 */
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.FIELD})
public @interface ComponentImport {

    /** The bean name of the imported service proxy. */
    String value() default "";
}
