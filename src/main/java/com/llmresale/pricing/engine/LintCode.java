package com.llmresale.pricing.engine;

import java.util.Locale;

/** What a lint warning is about. Order = report order; {@link #id()} is what reports print. */
public enum LintCode {
    /** A pinned model far from what the same family's $ prices compute to. */
    PIN_VS_FAMILY,
    /** A pinned model far from what its own $ price computes to. */
    PIN_VS_PRICE,
    /** A pinned credit value between two multiplier steps (an odd number of credits by default). */
    PIN_OFF_STEP,
    /** One family charged very differently at different providers. */
    FAMILY_SPREAD,
    /** A sheet whose prices were checked too long ago. */
    STALE_PRICES,
    /** A sheet that does not say when its prices were checked. */
    NO_UPDATED_DATE,
    /** A sheet whose prices were "checked" after the day they are aged against: a typo in the date. */
    UPDATED_IN_FUTURE,
    /** An active model sold for nothing without {@code free: true}. */
    ZERO_PRICE_NOT_FREE,
    /** A model marked {@code free: true} that is charged credits. */
    FREE_BUT_PRICED,
    /** A model with a $ price whose credits round to 0. */
    CREDITS_ROUND_TO_ZERO,
    /** The baseline model's own price does not compute to 1.0x (but stays within {@link LintRules#baselineFar}). */
    BASELINE_NOT_ONE,
    /** The baseline model's own price computes far from the 1.0x it defines: outside 0.5x-2.0x. */
    BASELINE_FAR_FROM_ONE,
    /** A recommendation group or scenario whose tag no active model carries: it silently drops out of compare. */
    RECOMMENDATION_WITHOUT_MODEL,
    /** A sheet price that disagrees with an outside catalog ({@code lint --upstream FILE}, matched as {@code sync} does). */
    PRICE_VS_UPSTREAM;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
