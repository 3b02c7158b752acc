package com.llmresale.pricing.model;

import java.math.BigDecimal;

/**
 * A long-context price tier: when a request's input tokens exceed {@code aboveInputTokens}, every
 * token of that request is priced at this tier (the "cliff" rule). A price left out is the model's
 * own price for that field.
 *
 * @param aboveInputTokens the tier applies to requests with more input tokens than this
 * @param input $ per 1M input tokens in this tier, or null (the model's)
 * @param output $ per 1M output tokens, or null
 * @param cachedInput $ per 1M cached input tokens, or null
 * @param cacheWrite $ per 1M tokens written to a prompt cache, or null
 */
public record PriceTier(
        long aboveInputTokens,
        BigDecimal input,
        BigDecimal output,
        BigDecimal cachedInput,
        BigDecimal cacheWrite) {

    public PriceTier {
        if (aboveInputTokens < 0) {
            throw new InvalidValueException(
                    "above_input_tokens", "must not be negative, got " + aboveInputTokens);
        }
        Prices.check("input", input);
        Prices.check("output", output);
        Prices.check("cached_input", cachedInput);
        Prices.check("cache_write", cacheWrite);
        if (input == null && output == null && cachedInput == null && cacheWrite == null) {
            throw new InvalidValueException(
                    "input",
                    "a tier needs at least one price (input, output, cached_input, cache_write)");
        }
    }
}
