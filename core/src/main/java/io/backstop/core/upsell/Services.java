package io.backstop.core.upsell;

/** The agency's service codes as the default tables use them; a department may add its own. */
public final class Services {

    public static final String SITE_SUPPORT = "site-support";
    public static final String SEO = "seo";
    public static final String DIRECT = "direct";
    public static final String DEVELOPMENT = "development";
    public static final String HOSTING = "hosting";
    public static final String BANNER = "banner";
    public static final String NEWS = "news";
    public static final String MINIMAL_SUPPORT = "minimal-support";
    public static final String READY_SITE = "ready-site";

    private Services() {
    }
}
