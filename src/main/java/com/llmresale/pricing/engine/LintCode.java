package com.llmresale.pricing.engine;

import java.util.Locale;

/**
 * What a lint warning is about. Order = report order; {@link #id()} is what reports print and
 * {@link #description()} what {@code lint --help} says of it.
 */
public enum LintCode {
    PIN_VS_FAMILY("A pinned model far from what the same family's $ prices compute to."),
    PIN_VS_PRICE("A pinned model far from what its own $ price computes to."),
    PIN_OFF_STEP(
            "A pinned credit value between two multiplier steps (an odd number of credits by default)."),
    FAMILY_SPREAD(
            "One family charged very differently at different providers (free tiers and pinned-only models aside)."),
    STALE_PRICES("A sheet whose prices were checked too long ago."),
    NO_UPDATED_DATE("A sheet that does not say when its prices were checked."),
    UPDATED_IN_FUTURE(
            "A sheet whose prices were \"checked\" after the day they are aged against: a typo in the date."),
    ZERO_PRICE_NOT_FREE("An active model sold for nothing without `free: true`."),
    FREE_BUT_PRICED("A model marked `free: true` that is charged credits."),
    CREDITS_ROUND_TO_ZERO("A model with a $ price whose credits round to 0."),
    BASELINE_NOT_ONE(
            "The baseline model's own price does not compute to 1.0x (but stays within 0.5x-2.0x)."),
    BASELINE_FAR_FROM_ONE(
            "The baseline model's own price computes far from the 1.0x it defines: outside 0.5x-2.0x, pinned or not."),
    RECOMMENDATION_WITHOUT_MODEL(
            "A recommendation group or scenario whose tag no active model carries: it silently drops out of compare."),
    PRICE_VS_UPSTREAM(
            "A sheet price that disagrees with an outside catalog (`lint --upstream FILE`, matched as `sync` does).");

    private final String description;

    LintCode(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a warning with this code is about, in one sentence ({@code lint --help} lists them). */
    public String description() {
        return description;
    }
}
