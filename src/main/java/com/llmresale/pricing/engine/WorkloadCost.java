package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.PriceTier;
import java.math.BigDecimal;

/**
 * The exact $ cost of a {@link Workload}: not rounded (123,457 tokens at $0.80/1M is 0.0987656).
 *
 * @param inputUsd every input-side cost: uncached input tokens at the input price, cached ones at
 *     the cached price, cache writes at the cache-write price
 * @param cachedInputUsd the part of {@code inputUsd} for the cached tokens
 * @param outputUsd output tokens at the output price
 * @param totalUsd input + output
 * @param batchDiscountUsd what the batch discount took off (0 without batch)
 * @param cacheWriteUsd the part of {@code inputUsd} for the tokens written to a prompt cache
 * @param tier the long-context tier the request was priced at, or null
 */
public record WorkloadCost(
        BigDecimal inputUsd,
        BigDecimal cachedInputUsd,
        BigDecimal outputUsd,
        BigDecimal totalUsd,
        BigDecimal batchDiscountUsd,
        BigDecimal cacheWriteUsd,
        PriceTier tier) {}
