package io.backstop.jira.web;

import com.atlassian.plugin.web.ContextProvider;
import io.backstop.app.web.Gadget;
import io.backstop.app.web.Screens;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The context of one of the app's {@link Gadget}s as a Jira dashboard-item, rendered on the server: the item's
 * Velocity view ({@code templates/backstop-jira/dashboard-item.vm}) writes {@code $gadgetHtml}, the gadget's fragment
 * for the person viewing the dashboard ({@link JiraScreens#renderGadget}), or nothing when the app refuses them
 * (anonymous, or not the department's staff; the item's {@link ScreenCondition} hides it from them too).
 * {@code <param name="gadget">} names the gadget by its id ({@code sla}, {@code norm-hours}, ...).
 */
public final class GadgetItem implements ContextProvider {

    static final String PARAM = "gadget";
    /** The context entry the view writes; named {@code ...Html} so no renderer escapes it again. */
    static final String HTML = "gadgetHtml";

    private final JiraScreens screens;
    private volatile Gadget gadget = Gadget.SLA;

    @Inject
    public GadgetItem(JiraScreens screens) {
        this.screens = screens;
    }

    @Override
    public void init(Map<String, String> params) {
        String named = params == null ? null : params.get(PARAM);
        if (named == null) {
            throw new IllegalArgumentException("the dashboard item needs <param name=\"gadget\">");
        }
        gadget = gadget(named);
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> map = context == null ? new HashMap<>() : new HashMap<>(context);
        Screens.Result result = screens.renderGadget(gadget);
        map.put(HTML, result.ok() ? result.fragmentHtml() : "");
        return map;
    }

    Gadget gadget() {
        return gadget;
    }

    static Gadget gadget(String id) {
        for (Gadget candidate : Gadget.values()) {
            if (candidate.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("no Backstop gadget " + id);
    }
}
