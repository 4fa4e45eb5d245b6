package io.backstop.app.results.common;

import static io.backstop.app.results.common.SettingsFields.array;
import static io.backstop.app.results.common.SettingsFields.at;
import static io.backstop.app.results.common.SettingsFields.integer;
import static io.backstop.app.results.common.SettingsFields.object;
import static io.backstop.app.results.common.SettingsFields.whole;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.upsell.AmountBand;
import io.backstop.core.upsell.UpsellRules;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings member {@code upsells} (issue 17, sales): {@code {soldWithinDays, bands: [{fromRoubles, points}]}};
 * a missing part keeps the default's.
 */
final class UpsellRulesJson {

    static final String MEMBER = "upsells";

    private UpsellRulesJson() {
    }

    static void write(ObjectNode root, UpsellRules rules) {
        ObjectNode node = root.putObject(MEMBER).put("soldWithinDays", rules.soldWithinDays());
        ArrayNode bands = node.putArray("bands");
        rules.bands().forEach(b -> bands.addObject().put("fromRoubles", b.fromRoubles()).put("points", b.points()));
    }

    static UpsellRules read(JsonNode root, UpsellRules base) {
        if (!root.has(MEMBER)) {
            return base;
        }
        JsonNode node = object(root, MEMBER, "");
        int days = node.has("soldWithinDays") ? integer(node, "soldWithinDays", MEMBER) : base.soldWithinDays();
        List<AmountBand> bands = new ArrayList<>(base.bands());
        if (node.has("bands")) {
            bands.clear();
            JsonNode list = array(node, "bands", MEMBER);
            for (int i = 0; i < list.size(); i++) {
                JsonNode b = list.get(i);
                String p = MEMBER + ".bands[" + i + "]";
                bands.add(at(p, () -> new AmountBand(whole(b, "fromRoubles", p), integer(b, "points", p))));
            }
        }
        return at(MEMBER, () -> new UpsellRules(days, bands));
    }
}
