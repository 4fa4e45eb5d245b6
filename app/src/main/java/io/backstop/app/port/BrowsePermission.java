package io.backstop.app.port;

/** The tracker's own answer to "may this user see this issue?"; Backstop never shows more than that. */
@FunctionalInterface
public interface BrowsePermission {

    boolean canBrowse(String user, String issue);
}
