package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Tier;
import java.math.BigDecimal;

/**
 * What a model is charged.
 *
 * @param avgUsdPerMtok (input + output) / 2, exact; null when the model has no $ price
 * @param multiplier the rounded multiplier the credits come from
 * @param credits credits charged per use of 1.0x
 * @param tier the multiplier's tier
 * @param pinned true when the credits were set by hand in the sheet
 * @param computedCredits what the $ price computes to; differs from {@code credits} only for a pin
 */
public record Credit(
        BigDecimal avgUsdPerMtok,
        BigDecimal multiplier,
        int credits,
        Tier tier,
        boolean pinned,
        Integer computedCredits) {}
