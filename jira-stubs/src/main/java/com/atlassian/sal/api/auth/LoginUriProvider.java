/*
 * Stand-in for com.atlassian.sal.api.auth.LoginUriProvider (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md sections 2.13 and 7.12 ([C] Jira 11: slack LoginRedirectionManager).
 */
package com.atlassian.sal.api.auth;

import java.net.URI;

public interface LoginUriProvider {

    URI getLoginUri(URI returnUri);
}
