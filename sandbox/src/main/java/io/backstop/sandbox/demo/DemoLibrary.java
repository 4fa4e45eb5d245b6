package io.backstop.sandbox.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which of the demo's answers are already in the answer library, and how often they were used. */
public final class DemoLibrary {

    /**
     * An answer in the library: the issues whose summary matches get it as their first staff reply.
     *
     * @param service the service code ({@code "seo"}) or empty for reports
     * @param reuses  how many times staff used it before today
     */
    public record Pick(Pattern summary, Optional<String> service, List<String> tags, int reuses) {

        public boolean matches(String issueSummary) {
            return issueSummary != null && summary.matcher(issueSummary).matches();
        }
    }

    private DemoLibrary() {
    }

    /** The English demo's picks ({@link #picks(DemoLanguage)}). */
    public static List<Pick> picks() {
        return picks(DemoLanguage.EN);
    }

    /** The picks in a stable order, the most used first (reuses differ so the ranking shows). */
    public static List<Pick> picks(DemoLanguage language) {
        Map<DemoTexts.Topic, List<String>> inLibrary = DemoTexts.of(language).inLibrary;
        List<DemoTexts.Topic> topics = new ArrayList<>(inLibrary.keySet());
        topics.sort(Comparator.comparing(DemoTexts.Topic::summary));
        List<Pick> picks = new ArrayList<>();
        int reuses = 3 + 4 * topics.size();
        for (DemoTexts.Topic topic : topics) {
            String[] parts = topic.summary().split("%s", -1);
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < parts.length; i++) {
                regex.append(i == 0 ? "" : ".+").append(Pattern.quote(parts[i]));
            }
            picks.add(new Pick(Pattern.compile(regex.toString()), Optional.ofNullable(topic.service()).map(DemoLibrary::code),
                    inLibrary.get(topic), reuses));
            reuses -= 4;
        }
        picks.sort(Comparator.comparingInt(Pick::reuses).reversed());
        return picks;
    }

    /** The service codes of the default tables ({@code io.backstop.core.upsell.Services}). */
    static String code(DemoService service) {
        return switch (service) {
            case SITE_SUPPORT -> "site-support";
            case SEO -> "seo";
            case YANDEX_DIRECT -> "direct";
            case DEVELOPMENT -> "development";
            case HOSTING -> "hosting";
        };
    }
}
