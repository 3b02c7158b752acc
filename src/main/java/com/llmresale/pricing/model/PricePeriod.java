package com.llmresale.pricing.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An earlier price period of a model ({@code history}): these prices apply on dates before {@code
 * until} (and on or after the previous period's {@code until}).
 *
 * @param until the first day these prices no longer apply
 * @param input $ per 1M input tokens
 * @param output $ per 1M output tokens
 * @param cachedInput $ per 1M cached input tokens, or null (then {@code input})
 * @param cacheWrite $ per 1M tokens written to a prompt cache, or null (then {@code input})
 * @param tiers long-context tiers of that period, never null
 */
public record PricePeriod(
        LocalDate until,
        BigDecimal input,
        BigDecimal output,
        BigDecimal cachedInput,
        BigDecimal cacheWrite,
        List<PriceTier> tiers) {

    public PricePeriod {
        if (until == null) {
            throw new InvalidValueException(
                    "until", "missing (the first day these prices no longer apply)");
        }
        if (input == null || output == null) {
            throw new InvalidValueException(
                    input == null ? "input" : "output",
                    "missing (a past period gives both prices)");
        }
        Prices.check("input", input);
        Prices.check("output", output);
        Prices.check("cached_input", cachedInput);
        Prices.check("cache_write", cacheWrite);
        tiers = Prices.tiers("tiers", tiers);
    }
}
