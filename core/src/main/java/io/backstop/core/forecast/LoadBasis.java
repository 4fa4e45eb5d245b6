package io.backstop.core.forecast;

/** Where a week's expected load came from. */
public enum LoadBasis {
    /** Last year's demand mapped by working days and holiday periods ({@link SeasonMap}), scaled by the trend. */
    SEASONAL,
    /** History does not reach a year back: the mean of the last four weeks. */
    RECENT,
    /** No history at all: nothing expected. */
    NONE
}
