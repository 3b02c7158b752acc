package com.llmresale.pricing.engine;

import java.math.BigDecimal;

/**
 * The exact $ cost of a {@link Workload}: not rounded (123,457 tokens at $0.80/1M is 0.0987656).
 *
 * @param inputUsd         uncached input tokens at the input price plus cached ones at the cached price
 * @param cachedInputUsd   the part of {@code inputUsd} for the cached tokens
 * @param outputUsd        output tokens at the output price
 * @param totalUsd         input + output
 * @param batchDiscountUsd what the batch discount took off (0 without batch)
 */
public record WorkloadCost(BigDecimal inputUsd, BigDecimal cachedInputUsd, BigDecimal outputUsd, BigDecimal totalUsd,
        BigDecimal batchDiscountUsd) {
}
