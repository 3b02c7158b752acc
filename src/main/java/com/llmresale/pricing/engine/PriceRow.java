package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.Tier;
import java.math.BigDecimal;

/**
 * One row of {@code models} and {@code recompute}: the contract's columns.
 *
 * <p>For a {@link Status#REMOVED} model (published but in no sheet) only the key, the previous
 * credits and the status are known; for a model with no $ price the prices are null.
 */
public record PriceRow(
        ModelKey key,
        BigDecimal inputUsdPerMtok,
        BigDecimal outputUsdPerMtok,
        BigDecimal avgUsdPerMtok,
        BigDecimal multiplier,
        Integer credits,
        Tier tier,
        boolean pinned,
        Integer computedCredits,
        Integer previousCredits,
        BigDecimal changePct,
        Status status,
        String family) {

    public String provider() {
        return key.provider();
    }

    public String model() {
        return key.model();
    }

    /** True when the pinned credits differ from what the $ price computes to. */
    public boolean pinDiffers() {
        return pinned && computedCredits != null && !computedCredits.equals(credits);
    }
}
