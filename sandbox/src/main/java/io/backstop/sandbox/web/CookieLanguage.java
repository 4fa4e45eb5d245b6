package io.backstop.sandbox.web;

import io.backstop.app.rest.CallerLanguage;
import io.backstop.app.web.Messages;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import java.util.Optional;

/** The language a sandbox caller chose with the pages' switch (remembered in a cookie), as its pages speak it. */
public final class CookieLanguage implements CallerLanguage {

    @Override
    public Optional<Locale> of(HttpHeaders request) {
        Cookie chosen = request.getCookies().get(WebPages.LANG_COOKIE);
        return chosen == null ? Optional.empty() : Messages.SUPPORTED.stream()
                .filter(language -> language.getLanguage().equalsIgnoreCase(chosen.getValue().trim())).findFirst();
    }
}
