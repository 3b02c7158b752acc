package com.llmresale.pricing.model;

import java.math.BigDecimal;

/**
 * The prices one request pays, its long-context tier applied and every fallback resolved.
 *
 * @param input $ per 1M uncached input tokens
 * @param output $ per 1M output tokens
 * @param cachedInput $ per 1M cached input tokens (the input price where the sheet gives none)
 * @param cacheWrite $ per 1M tokens written to a prompt cache (the input price where the sheet
 *     gives none)
 * @param tier the tier applied, or null (the base prices)
 */
public record RequestPrices(
        BigDecimal input,
        BigDecimal output,
        BigDecimal cachedInput,
        BigDecimal cacheWrite,
        PriceTier tier) {}
