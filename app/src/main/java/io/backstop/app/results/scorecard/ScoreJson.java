package io.backstop.app.results.scorecard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.rest.Json;
import io.backstop.core.scorecard.Component;
import io.backstop.core.scorecard.MonthResults;
import io.backstop.core.scorecard.RoleWeights;
import io.backstop.core.scorecard.Score;
import io.backstop.core.scorecard.ScoreRules;
import io.backstop.core.scorecard.Targets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The JSON of one person's scorecard (issue 17, scorecard): every component with its score, weight and weighted
 * part, what was measured ({@code actual}) against what ({@code target}, prorated for a month in progress), and
 * its {@code formula} and {@code figures} in English and Russian, from the page texts
 * ({@code backstop.scorecard.formula.<component>}, {@code backstop.scorecard.figures.<component>}), so the REST
 * answer and the gadget say the same. {@code defaultWeights}: the role's weights are still the defaults.
 */
final class ScoreJson {

    private static final String BUNDLE = "i18n.backstop-web";
    private static final Map<String, Locale> LANGUAGES = Map.of("en", Locale.ENGLISH, "ru", Locale.forLanguageTag("ru"));
    private static final Map<String, ResourceBundle> TEXTS = Map.of(
            "en", bundle(Locale.ENGLISH), "ru", bundle(Locale.forLanguageTag("ru")));

    private ScoreJson() {
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ScoreJson.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static void person(ObjectNode node, ScorecardDesk.PersonScore p, ScoreRules rules, double maxTotal) {
        Score s = p.score();
        node.put("person", s.person()).put("role", p.role().name()).put("total", Json.round(s.total()))
                .put("maxTotal", Json.round(maxTotal))
                .put("defaultWeights", RoleWeights.DEFAULT.of(p.role()).map(s.weights()::equals).orElse(false));
        ObjectNode components = node.putObject("components");
        for (Component c : Component.values()) {
            String name = c.name().toLowerCase(Locale.ROOT);
            ObjectNode n = components.putObject(name).put("score", Json.round(s.of(c)))
                    .put("weight", s.weights().of(c)).put("weighted", Json.round(s.weighted(c)));
            actual(n, c, s.results(), s.targets());
            text(n.putObject("formula"), "backstop.scorecard.formula." + name, formulaArgs(c, s.targets(), rules));
            text(n.putObject("figures"), "backstop.scorecard.figures." + name, figures(c, s));
        }
        ArrayNode lost = node.putArray("lostClients");
        p.lost().forEach(l -> lost.addObject().put("client", l.client()).put("manager", l.manager())
                .put("pressedOn", l.pressedOn().toString()).put("leftBy", l.leftBy().toString()));
    }

    /** The measured figure and its target, in the units REST keeps (kopecks, seconds, points, norm-hours). */
    private static void actual(ObjectNode n, Component c, MonthResults r, Targets t) {
        switch (c) {
            case OUTPUT -> n.put("actual", Json.round(r.normHours())).put("target", Json.round(t.normHours()));
            case RECEIVABLES -> n.put("actual", r.collectedKopecks()).put("target", t.collectKopecks())
                    .put("lostClients", r.lostClients());
            case TIMELINESS -> n.put("actual", r.repliesOnTime()).put("counted", r.repliesTotal())
                    .put("target", t.onTimeShare());
            case QUALITY -> n.put("actual", r.complaints()).put("target", t.complaintsToZero());
            case UPSELLS -> n.put("actual", r.upsellPoints()).put("target", t.upsellPoints());
            case RESCUE -> n.put("actual", r.rescueMedianSeconds()).put("counted", r.rescues())
                    .put("target", t.rescueSeconds());
        }
    }

    /** The rule values a component's general formula names (the ceiling, the penalty, the target share...). */
    private static Object[] formulaArgs(Component c, Targets t, ScoreRules rules) {
        return switch (c) {
            case RECEIVABLES -> new Object[] {new Share(rules.lostClientPenalty()), rules.lostClientDays()};
            case TIMELINESS -> new Object[] {new Share(t.onTimeShare())};
            case QUALITY -> new Object[] {t.complaintsToZero()};
            case UPSELLS -> new Object[] {new Share(rules.upsellCeiling())};
            case RESCUE -> new Object[] {rules.rescueTargetMinutes()};
            default -> new Object[0];
        };
    }

    private static void text(ObjectNode n, String key, Object[] args) {
        n.put("key", key);
        for (String lang : List.of("en", "ru")) {
            n.put(lang, format(TEXTS.get(lang).getString(key), LANGUAGES.get(lang), args));
        }
    }

    /** The figures of a component, each formatted in the page's way by {@link #format}. */
    private static Object[] figures(Component c, Score s) {
        MonthResults r = s.results();
        Targets t = s.targets();
        Share score = new Share(s.of(c));
        return switch (c) {
            case OUTPUT -> new Object[] {new Decimal(r.normHours()), new Decimal(t.normHours()), score};
            case RECEIVABLES -> new Object[] {new Roubles(r.collectedKopecks()), new Roubles(t.collectKopecks()),
                    r.lostClients(), score};
            case TIMELINESS -> new Object[] {r.repliesOnTime(), r.repliesTotal(), new Share(t.onTimeShare()), score};
            case QUALITY -> new Object[] {r.complaints(), t.complaintsToZero(), score};
            case UPSELLS -> new Object[] {r.upsellPoints(), t.upsellPoints(), score};
            case RESCUE -> new Object[] {r.rescues(), new Decimal(r.rescueMedianSeconds() / 60.0),
                    new Decimal(t.rescueSeconds() / 60.0), score};
        };
    }

    private record Share(double value) {
    }

    private record Decimal(double value) {
    }

    private record Roubles(long kopecks) {
    }

    /** A pattern with its arguments formatted for the language: shares as percent, decimals to one place. */
    static String format(String pattern, Locale locale, Object[] args) {
        Object[] shown = new Object[args.length];
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        NumberFormat decimal = NumberFormat.getNumberInstance(locale);
        decimal.setMinimumFractionDigits(1);
        decimal.setMaximumFractionDigits(1);
        NumberFormat whole = NumberFormat.getIntegerInstance(locale);
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            shown[i] = a instanceof Share sh ? percent.format(sh.value())
                    : a instanceof Decimal d ? decimal.format(d.value())
                    : a instanceof Roubles rb ? whole.format(Math.round(rb.kopecks() / 100.0))
                    : a instanceof Number n ? whole.format(n) : String.valueOf(a);
        }
        return new MessageFormat(pattern, locale).format(shown);
    }
}
