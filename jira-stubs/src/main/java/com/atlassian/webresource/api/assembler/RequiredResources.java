/*
 * Stand-in for com.atlassian.webresource.api.assembler.RequiredResources (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 7.16 (requireContext(String) and requireWebResource(String) [C]
 * slack; their return type, RequiredResources for chaining, is [U] unconfirmed: a different return type fails to
 * link in Jira, which the atlassian profile would show).
 */
package com.atlassian.webresource.api.assembler;

public interface RequiredResources {

    RequiredResources requireContext(String context);

    RequiredResources requireWebResource(String moduleCompleteKey);
}
