package io.backstop.jira.web;

import com.atlassian.plugin.web.Condition;
import io.backstop.app.web.Gadget;
import io.backstop.app.web.Screen;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;

/**
 * Shows a web-item or web-panel only to the people the app lets use its screen: {@code <param name="screen">}
 * {@code queue} (the department's staff and administrators), {@code settings} (administrators), {@code panel}
 * (anyone logged in) or {@code dashboard} (the department's staff and administrators: the dashboard items); with
 * {@code <param name="gadget">}, a dashboard item shows to whoever gets that gadget on the dashboard page (the
 * capacity forecast: the head and administrators only). Jira asks on every page for everyone: anonymous people and
 * people outside the department get their answer without Backstop's tables ({@link JiraScreens#shows}).
 */
public final class ScreenCondition implements Condition {

    static final String PARAM = "screen";
    static final String GADGET = "gadget";

    private final JiraScreens screens;
    private volatile Screen screen = Screen.QUEUE;
    private volatile Gadget gadget;

    @Inject
    public ScreenCondition(JiraScreens screens) {
        this.screens = screens;
    }

    @Override
    public void init(Map<String, String> params) {
        String named = params == null ? null : params.get(PARAM);
        if (named == null) {
            throw new IllegalArgumentException("the condition needs <param name=\"screen\">");
        }
        screen = screen(named);
        String item = params.get(GADGET);
        gadget = item == null ? null : gadget(item);
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return screens.shows(screen, gadget);
    }

    static Gadget gadget(String id) {
        for (Gadget candidate : Gadget.values()) {
            if (candidate.id().equals(id.trim())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no Backstop gadget " + id);
    }

    static Screen screen(String script) {
        for (Screen candidate : Screen.values()) {
            if (candidate.script().equals(script.trim().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no Backstop screen " + script);
    }
}
