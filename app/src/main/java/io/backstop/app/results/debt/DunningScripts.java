package io.backstop.app.results.debt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.rest.Json;
import io.backstop.app.web.Messages;
import io.backstop.core.debt.DunningAction;
import java.util.Locale;

/**
 * A dunning step's script (what to say or write; речевой модуль) in every language of the screens, filled with the
 * client, what is overdue, for how long and who speaks: the texts {@code backstop.actions.dunning.script.*} of the
 * web bundles, the same the issue panel shows, so the REST answer and the screen never differ.
 */
final class DunningScripts {

    private DunningScripts() {
    }

    static ObjectNode of(DunningAction action, String client, long overdueKopecks, long daysOverdue, String by) {
        ObjectNode scripts = Json.MAPPER.createObjectNode();
        for (Locale locale : Messages.SUPPORTED) {
            Messages texts = Messages.load(locale);
            scripts.put(locale.getLanguage(), texts.format("backstop.actions.dunning.script." + action.name(), client,
                    roubles(overdueKopecks, locale), daysOverdue, by));
        }
        return scripts;
    }

    /** Whole roubles as each language writes them: "RUB 600,000" and "600 000 ₽". */
    private static String roubles(long kopecks, Locale locale) {
        long roubles = Math.round(kopecks / 100.0);
        return locale.getLanguage().equals("ru")
                ? String.format(Locale.ROOT, "%,d", roubles).replace(',', '\u00a0') + "\u00a0₽"
                : String.format(Locale.ROOT, "RUB %,d", roubles);
    }
}
