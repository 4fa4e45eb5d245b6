/*
 * Stand-in for com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.11 ([C] decompiled annotation source) and 7.10 ([C] Jira 11:
 * scrum-poker @ExportAsService(PluginUpgradeTask.class)). RUNTIME retention.
 * Not declared here: ServiceProperty[] properties() default {} (its members are unconfirmed, section 7.16; unused, and an
 * annotation member a class file does not set takes its default at run time).
 */
package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface ExportAsService {

    Class<?>[] value() default {};
}
