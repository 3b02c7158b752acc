package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.InvalidValueException;

/**
 * Tokens sent to one model.
 *
 * @param inputTokens       all prompt tokens, cached ones included
 * @param outputTokens      completion tokens
 * @param cachedInputTokens the part of {@code inputTokens} read from a prompt cache
 * @param batch             sent through the provider's batch API
 */
public record Workload(long inputTokens, long outputTokens, long cachedInputTokens, boolean batch) {
    public Workload {
        if (inputTokens < 0) {
            throw new InvalidValueException("input_tokens", "must not be negative, got " + inputTokens);
        }
        if (outputTokens < 0) {
            throw new InvalidValueException("output_tokens", "must not be negative, got " + outputTokens);
        }
        if (cachedInputTokens < 0) {
            throw new InvalidValueException("cached_input_tokens", "must not be negative, got " + cachedInputTokens);
        }
        if (cachedInputTokens > inputTokens) {
            throw new InvalidValueException("cached_input_tokens", "" + cachedInputTokens
                    + " is more than the input tokens (" + inputTokens + "); cached tokens are part of the input");
        }
    }

    public long uncachedInputTokens() {
        return inputTokens - cachedInputTokens;
    }
}
