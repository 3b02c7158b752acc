package com.llmresale.pricing.model;

import java.math.BigDecimal;

/**
 * Seed 003's cost levers, as a scenario states them. Every field is optional (null = not used).
 *
 * @param promptCacheHitRate share of input tokens read from a prompt cache (billed at {@code
 *     cached_input})
 * @param batchShare share of traffic sent through the provider's batch API ({@code batch_discount})
 * @param semanticCacheHitRate share of requests answered from a semantic cache (no model call)
 * @param outputCapTokens max output tokens per request ({@code max_tokens})
 */
public record Levers(
        BigDecimal promptCacheHitRate,
        BigDecimal batchShare,
        BigDecimal semanticCacheHitRate,
        Integer outputCapTokens) {
    public static final Levers NONE = new Levers(null, null, null, null);

    public Levers {
        share("prompt_cache_hit_rate", promptCacheHitRate);
        share("batch_share", batchShare);
        share("semantic_cache_hit_rate", semanticCacheHitRate);
        if (outputCapTokens != null && outputCapTokens <= 0) {
            throw new InvalidValueException(
                    "output_cap_tokens", "must be greater than 0, got " + outputCapTokens);
        }
    }

    private static void share(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            throw new InvalidValueException(
                    field, "must be a share between 0 and 1, got " + value.toPlainString());
        }
    }

    public boolean any() {
        return promptCacheHitRate != null
                || batchShare != null
                || semanticCacheHitRate != null
                || outputCapTokens != null;
    }

    /** These levers with each non-null argument replacing the field. */
    public Levers with(
            BigDecimal promptCache, BigDecimal batch, BigDecimal semanticCache, Integer outputCap) {
        return new Levers(
                promptCache != null ? promptCache : promptCacheHitRate,
                batch != null ? batch : batchShare,
                semanticCache != null ? semanticCache : semanticCacheHitRate,
                outputCap != null ? outputCap : outputCapTokens);
    }
}
