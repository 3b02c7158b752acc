package com.llmresale.pricing.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The checks every $ price per 1M tokens passes, and the tier checks shared by a model and its
 * history.
 */
final class Prices {
    private Prices() {}

    /** A price is not negative and not absurdly large. */
    static void check(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InvalidValueException(
                    field, "must not be negative, got " + value.toPlainString());
        }
        if (value != null && value.compareTo(ModelEntry.MAX_PRICE) > 0) {
            throw new InvalidValueException(
                    field,
                    ""
                            + value.toPlainString()
                            + " is above the largest price accepted ("
                            + ModelEntry.MAX_PRICE.toPlainString()
                            + " per 1M tokens): a typo?");
        }
    }

    /** Tiers ascend strictly by their threshold. */
    static List<PriceTier> tiers(String key, List<PriceTier> tiers) {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        for (int i = 1; i < tiers.size(); i++) {
            if (tiers.get(i).aboveInputTokens() <= tiers.get(i - 1).aboveInputTokens()) {
                throw new InvalidValueException(
                        key,
                        key + "[" + i + "].above_input_tokens",
                        tiers.get(i).aboveInputTokens()
                                + " must be above the previous tier's "
                                + tiers.get(i - 1).aboveInputTokens()
                                + " (tiers ascend)");
            }
        }
        return tiers;
    }

    /**
     * The tier in force for a request with {@code inputTokens} input tokens, or null (the base
     * prices).
     */
    static PriceTier tierFor(List<PriceTier> tiers, long inputTokens) {
        PriceTier found = null;
        for (PriceTier tier : tiers) {
            if (inputTokens > tier.aboveInputTokens()) {
                found = tier;
            }
        }
        return found;
    }
}
