package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.SizeBand;
import com.llmresale.pricing.model.Tier;
import java.math.BigDecimal;

/**
 * One row of {@code models} and {@code recompute}: the contract's columns.
 *
 * <p>For a {@link Status#REMOVED} model (published but in no sheet) only the key, the previous
 * credits and the status are known; for a model with no $ price the prices are null. {@code
 * priceBand} is the size band the prices were derived from (seed 002), or null.
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
        String family,
        SizeBand priceBand) {

    /** {@code price_source}: the model's own prices in its sheet. */
    public static final String FROM_SHEET = "sheet";

    /** {@code price_source}: prices taken from the sheet's size bands (seed 002). */
    public static final String FROM_SIZE_BAND = "size_band";

    /**
     * A model published before but in no sheet now: only its key and previous credits are known.
     */
    public static PriceRow removed(ModelKey key, int previousCredits) {
        return new PriceRow(
                key,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                previousCredits,
                null,
                Status.REMOVED,
                null,
                null);
    }

    /**
     * This row for an inactive model in a recompute: its old credits (if published) and no new
     * ones; what its price computes to stays as information.
     */
    public PriceRow withdrawn() {
        return new PriceRow(
                key,
                inputUsdPerMtok,
                outputUsdPerMtok,
                avgUsdPerMtok,
                multiplier,
                null,
                null,
                pinned,
                computedCredits,
                previousCredits,
                null,
                Status.INACTIVE,
                family,
                priceBand);
    }

    /**
     * Where the $ prices come from: {@code sheet}, {@code size_band}, or null when there are none.
     */
    public String priceSource() {
        if (priceBand != null) {
            return FROM_SIZE_BAND;
        }
        return inputUsdPerMtok == null ? null : FROM_SHEET;
    }

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
