/*
 * Stand-in for com.atlassian.webresource.api.assembler.WebResourceAssembler (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 7.16 (assembler().resources() [C] slack AbstractProjectAction).
 * Only resources() is copied.
 */
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {

    RequiredResources resources();
}
