package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.InvalidValueException;

/**
 * Tokens sent to one model.
 *
 * @param inputTokens all prompt tokens, cached reads and cache writes included
 * @param outputTokens completion tokens
 * @param cachedInputTokens the part of {@code inputTokens} read from a prompt cache
 * @param batch sent through the provider's batch API
 * @param cacheWriteTokens the part of {@code inputTokens} written to a prompt cache
 */
public record Workload(
        long inputTokens,
        long outputTokens,
        long cachedInputTokens,
        boolean batch,
        long cacheWriteTokens) {
    public Workload {
        if (inputTokens < 0) {
            throw new InvalidValueException(
                    "input_tokens", "must not be negative, got " + inputTokens);
        }
        if (outputTokens < 0) {
            throw new InvalidValueException(
                    "output_tokens", "must not be negative, got " + outputTokens);
        }
        if (cachedInputTokens < 0) {
            throw new InvalidValueException(
                    "cached_input_tokens", "must not be negative, got " + cachedInputTokens);
        }
        if (cacheWriteTokens < 0) {
            throw new InvalidValueException(
                    "cache_write_tokens", "must not be negative, got " + cacheWriteTokens);
        }
        if (cachedInputTokens > inputTokens) {
            throw new InvalidValueException(
                    "cached_input_tokens",
                    ""
                            + cachedInputTokens
                            + " is more than the input tokens ("
                            + inputTokens
                            + "); cached tokens are part of the input");
        }
        if (cacheWriteTokens > inputTokens - cachedInputTokens) {
            throw new InvalidValueException(
                    "cache_write_tokens",
                    ""
                            + cacheWriteTokens
                            + " is more than the input tokens ("
                            + inputTokens
                            + ") less the cached ones ("
                            + cachedInputTokens
                            + "); tokens written to the cache are part of the input");
        }
    }

    /** A workload without cache writes. */
    public Workload(long inputTokens, long outputTokens, long cachedInputTokens, boolean batch) {
        this(inputTokens, outputTokens, cachedInputTokens, batch, 0);
    }

    /** The input tokens neither read from nor written to a prompt cache. */
    public long uncachedInputTokens() {
        return inputTokens - cachedInputTokens - cacheWriteTokens;
    }
}
