package io.backstop.sandbox.demo;

/** What the agency sells to a client, with the usual monthly fee range in roubles. */
public enum DemoService {
    SITE_SUPPORT("Site support", 8_000, 25_000),
    SEO("SEO", 15_000, 60_000),
    YANDEX_DIRECT("Yandex.Direct ads", 10_000, 40_000),
    DEVELOPMENT("Site development", 30_000, 120_000),
    HOSTING("Hosting", 500, 3_000);

    private final String label;
    private final int minMonthlyRoubles;
    private final int maxMonthlyRoubles;

    DemoService(String label, int minMonthlyRoubles, int maxMonthlyRoubles) {
        this.label = label;
        this.minMonthlyRoubles = minMonthlyRoubles;
        this.maxMonthlyRoubles = maxMonthlyRoubles;
    }

    /** As the UI shows it, e.g. "Yandex.Direct ads". */
    public String label() {
        return label;
    }

    public int minMonthlyRoubles() {
        return minMonthlyRoubles;
    }

    public int maxMonthlyRoubles() {
        return maxMonthlyRoubles;
    }
}
