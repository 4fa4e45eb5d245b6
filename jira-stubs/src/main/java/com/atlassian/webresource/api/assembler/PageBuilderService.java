/*
 * Stand-in for com.atlassian.webresource.api.assembler.PageBuilderService (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 7.16 ([C] pageBuilderService.assembler().resources()
 * .requireContext(String), slack AbstractProjectAction:93; the same chain in several public Jira plugins seen by code
 * search). An interface [C-old].
 */
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {

    WebResourceAssembler assembler();
}
