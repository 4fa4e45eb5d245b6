/*
 * Stand-in for com.atlassian.plugins.rest.api.security.annotation.AdminOnly (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 1.2 and 7.11: the REST v2 security annotations live in
 * com.atlassian.plugins.rest.api.security.annotation ([C] names: developer.atlassian.com "dc-apps-platform-7-preparing-
 * for-secure-endpoints"; slack and bootstrapi use siblings of it on Jira 11).
 * Retention RUNTIME and targets TYPE+METHOD are an inference ([U]): the REST module reads them reflectively from
 * resource classes and methods.
 */
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Jira administrators (and system administrators). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {
}
