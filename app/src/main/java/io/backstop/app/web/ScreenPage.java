package io.backstop.app.web;

import java.io.IOException;

/**
 * How a host answers for a rendered screen. {@link Screens.Result#answer} decides which, the same for every host:
 * the anonymous go to the login, the refused get the reason with its status, everyone else the page.
 */
public interface ScreenPage {

    /** Nobody is logged in: the host's login, coming back here afterwards. */
    void toLogin() throws IOException;

    /** The caller may not see the screen: {@code status} (403) with the reason's text key. */
    void refuse(int status, String titleKey, String refusalKey) throws IOException;

    /** The screen's fragment in the host's page, with the screen's scripts ({@link Screen#scripts()}). */
    void show(String titleKey, String fragmentHtml) throws IOException;
}
