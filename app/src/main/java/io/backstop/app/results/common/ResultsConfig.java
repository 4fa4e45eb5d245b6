package io.backstop.app.results.common;

/** Where the results settings are read: what the absence report, onboarding, the forecast and the library ask. */
public interface ResultsConfig {

    /** The {@code results.settings} document as stored, or the department's defaults. */
    ResultsSettings settings();
}
