package io.backstop.sandbox.web;

import io.backstop.app.Backstop;
import io.backstop.app.access.Access;
import io.backstop.app.web.Screen;
import io.backstop.app.web.Screens;
import io.backstop.sandbox.users.SandboxUsers;
import io.backstop.sandbox.tracker.SandboxTracker;
import jakarta.servlet.Filter;
import java.time.Clock;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The sandbox's pages: the front page with its login form, Backstop's screens under
 * {@code /plugins/servlet/backstop/}, and their scripts and styles under {@code /download/resources/backstop/}.
 *
 * <p>Logins: the REST API stays HTTP Basic. The login form opens a server-side session (a random token in an
 * {@code HttpOnly}, {@code SameSite=Strict} cookie); {@link #sessionFilter()}, placed before the Basic filter,
 * turns that cookie into the login's credentials, so pages and their {@code fetch} calls act as the person with no
 * password kept in the browser.
 */
public final class SandboxWeb {

    private final Sessions sessions = new Sessions(Clock.systemUTC());
    private final SandboxUsers users;
    private final Backstop backstop;
    private final SandboxTracker tracker;
    private final PageRenderer renderer = new PageRenderer();
    private final WebPages pages;

    public SandboxWeb(SandboxUsers users, Backstop backstop, SandboxTracker tracker) {
        this.users = users;
        this.backstop = backstop;
        this.tracker = tracker;
        this.pages = new WebPages(users, renderer);
    }

    /** The screens' pages, as paths below {@code /plugins/servlet/backstop/} (for the role matrix test). */
    public static Set<String> pages() {
        return Collections.unmodifiableSet(new TreeSet<>(PageServlet.SCREENS.keySet()));
    }

    /** Which screen each page shows. */
    public static Map<String, Screen> screens() {
        return PageServlet.SCREENS;
    }

    /** To run before the HTTP Basic filter, on every request. */
    public Filter sessionFilter() {
        return new SessionFilter(sessions, users);
    }

    /** To run after the login filters while the demo is first seeded: "preparing the demo: N%". */
    public PreparingFilter preparingFilter() {
        return new PreparingFilter(pages);
    }

    public void addServlets(ServletContextHandler context) {
        Screens screens = new Screens(new Access(users, users, backstop.settings(), users), backstop.settings(),
                renderer);
        HomeServlet home = new HomeServlet(pages, sessions, users, tracker, backstop.settings());
        context.addServlet(new ServletHolder("sandbox-home", home), "");
        context.addServlet(new ServletHolder("sandbox-login", home), "/login");
        context.addServlet(new ServletHolder("sandbox-logout", home), "/logout");
        context.addServlet(new ServletHolder("backstop-pages",
                new PageServlet(pages, screens, tracker, users, backstop.settings())), WebPages.PAGES + "/*");
        context.addServlet(new ServletHolder("backstop-resources", new ResourceServlet()), ResourceServlet.PATH + "/*");
    }
}
