package com.llmresale.pricing.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A tier and the lowest multiplier that reaches it. */
public record TierBand(Tier tier, BigDecimal minMultiplier) {
    public TierBand {
        Objects.requireNonNull(tier, "tier");
        if (minMultiplier == null) {
            throw new InvalidValueException("min_multiplier", "missing");
        }
        if (minMultiplier.signum() < 0) {
            throw new InvalidValueException(
                    "min_multiplier", "must not be negative, got " + minMultiplier.toPlainString());
        }
    }
}
