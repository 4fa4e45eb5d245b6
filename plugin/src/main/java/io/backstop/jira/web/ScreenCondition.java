package io.backstop.jira.web;

import com.atlassian.plugin.web.Condition;
import io.backstop.app.web.Screen;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;

/**
 * Shows a web-item or web-panel only to the people the app lets use its screen: {@code <param name="screen">}
 * {@code queue} (the department's staff and administrators), {@code settings} (administrators), {@code panel}
 * (anyone logged in) or {@code dashboard} (the department's staff and administrators: the dashboard items).
 */
public final class ScreenCondition implements Condition {

    static final String PARAM = "screen";

    private final JiraScreens screens;
    private volatile Screen screen = Screen.QUEUE;

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
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return screens.mayUse(screen);
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
