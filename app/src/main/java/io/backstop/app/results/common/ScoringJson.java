package io.backstop.app.results.common;

import static io.backstop.app.results.common.SettingsFields.at;
import static io.backstop.app.results.common.SettingsFields.integer;
import static io.backstop.app.results.common.SettingsFields.number;
import static io.backstop.app.results.common.SettingsFields.object;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.core.scorecard.Component;
import io.backstop.core.scorecard.RoleWeights;
import io.backstop.core.scorecard.ScoreRules;
import io.backstop.core.scorecard.Weights;
import io.backstop.core.staff.Role;
import io.backstop.core.validation.Check;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import java.util.Iterator;
import java.util.Locale;

/**
 * The scorecard's members of the results settings (issue 17, scorecard): {@code weights} per role and
 * {@code scoring}. The weights are written {@code {"MANAGER": {output, receivables, timeliness, quality, upsells,
 * rescue}, "OPERATOR": {...}, "HEAD": {...}}}; in a role, a component left out weighs 0; a role left out keeps its
 * default. The old flat object ({@code {"output": 0.35, ...}}) is still read, as the managers' weights, with the
 * default operator's and head's.
 */
final class ScoringJson {

    private ScoringJson() {
    }

    static void writeWeights(ObjectNode root, RoleWeights weights) {
        ObjectNode node = root.putObject("weights");
        for (Role role : RoleWeights.ROLES) {
            ObjectNode w = node.putObject(role.name());
            Weights of = weights.of(role).orElseThrow();
            for (Component c : Component.values()) {
                w.put(name(c), of.of(c));
            }
        }
    }

    static RoleWeights readWeights(JsonNode root, RoleWeights base) {
        JsonNode w = object(root, "weights", "");
        boolean flat = false;
        boolean perRole = false;
        for (Iterator<String> it = w.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            boolean component = known(key);
            flat |= component;
            perRole |= !component;
        }
        if (flat && perRole) {
            throw Check.invalid("weights", Problem.of("error.results.eitherPerRole"));
        }
        if (flat) {
            Weights m = base.manager();
            return RoleWeights.ofManagers(at("", () -> new Weights(number(w, "output", "weights", m.output()),
                    number(w, "receivables", "weights", m.receivables()),
                    number(w, "timeliness", "weights", m.timeliness()),
                    number(w, "quality", "weights", m.quality()),
                    number(w, "upsells", "weights", m.upsells()),
                    number(w, "rescue", "weights", m.rescue())), "weights"));
        }
        RoleWeights weights = base;
        for (Iterator<String> it = w.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            Role role = RoleWeights.ROLES.stream().filter(r -> r.name().equals(key)).findFirst()
                    .orElseThrow(() -> Check.invalid("weights." + key,
                            Problem.of("error.results.roleScorecardManager")));
            weights = weights.with(role, role(w, role));
        }
        return weights;
    }

    private static Weights role(JsonNode weights, Role role) {
        String member = "weights." + role.name();
        JsonNode w = object(weights, role.name(), "weights");
        for (Iterator<String> it = w.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known(key)) {
                throw Check.invalid(member + "." + key, Problem.of("error.results.scorecardComponent"));
            }
        }
        double[] v = new double[Component.values().length];
        for (Component c : Component.values()) {
            v[c.ordinal()] = number(w, name(c), member, 0);
        }
        try {
            return new Weights(v[0], v[1], v[2], v[3], v[4], v[5]);
        } catch (InvalidFieldException e) {
            // the sum is the role's ("weights.OPERATOR"), a single weight its own ("weights.OPERATOR.rescue")
            String field = e.field().equals("weights") ? member : member + "." + e.field();
            throw e.at(field);
        }
    }

    static void writeScoring(ObjectNode root, ScoreRules rules) {
        root.putObject("scoring").put("upsellCeiling", rules.upsellCeiling())
                .put("lostClientDays", rules.lostClientDays()).put("lostClientPenalty", rules.lostClientPenalty())
                .put("rescueTargetMinutes", rules.rescueTargetMinutes());
    }

    static ScoreRules readScoring(JsonNode root, ScoreRules base) {
        JsonNode s = object(root, "scoring", "");
        double ceiling = number(s, "upsellCeiling", "scoring", base.upsellCeiling());
        int days = s.has("lostClientDays") ? integer(s, "lostClientDays", "scoring") : base.lostClientDays();
        double penalty = number(s, "lostClientPenalty", "scoring", base.lostClientPenalty());
        int rescue = s.has("rescueTargetMinutes") ? integer(s, "rescueTargetMinutes", "scoring")
                : base.rescueTargetMinutes();
        return at("scoring", () -> new ScoreRules(ceiling, days, penalty, rescue));
    }

    private static boolean known(String key) {
        for (Component c : Component.values()) {
            if (name(c).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** A component's name in JSON and in message keys: {@code output}, ..., {@code rescue}. */
    static String name(Component c) {
        return c.name().toLowerCase(Locale.ROOT);
    }
}
