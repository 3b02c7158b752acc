package com.llmresale.pricing.engine.usage;

import java.math.BigDecimal;

/**
 * One row of LiteLLM's {@code LiteLLM_SpendLogs} table, as a reader hands it over: already checked
 * (counts are whole and not negative, the start time is known).
 *
 * @param requestId the row's {@code request_id}
 * @param startEpochMillis {@code startTime} (UTC) as milliseconds since the epoch
 * @param model {@code model}: the model as sent to the provider ("" when absent)
 * @param modelGroup {@code model_group}: the proxy's public alias ("" when absent)
 * @param provider {@code custom_llm_provider} ("" when absent)
 * @param user the user the row is counted for: {@code user}, else {@code end_user}, else {@code
 *     key:} + {@code api_key}
 * @param team {@code team_id} ("" when absent)
 * @param failed true when {@code status} is {@code failure}
 * @param promptTokens every prompt token, cached ones and cache writes included
 * @param completionTokens completion tokens
 * @param cachedTokens prompt tokens read from a prompt cache (at most {@code promptTokens})
 * @param cacheWriteTokens prompt tokens written to a prompt cache (at most the prompt tokens not
 *     cached)
 * @param spend LiteLLM's own cost of the row in USD
 * @param durationMs the request's duration in milliseconds, or -1 when unknown
 * @param cacheHit true when LiteLLM answered from its response cache (no provider call)
 */
public record SpendRow(
        String requestId,
        long startEpochMillis,
        String model,
        String modelGroup,
        String provider,
        String user,
        String team,
        boolean failed,
        long promptTokens,
        long completionTokens,
        long cachedTokens,
        long cacheWriteTokens,
        BigDecimal spend,
        long durationMs,
        boolean cacheHit) {

    public SpendRow {
        if (requestId == null || requestId.isEmpty()) {
            throw new IllegalArgumentException("request_id: missing");
        }
        if (promptTokens < 0 || completionTokens < 0 || cachedTokens < 0 || cacheWriteTokens < 0) {
            throw new IllegalArgumentException("tokens: must not be negative");
        }
        // cached tokens and cache writes are part of the prompt: a log that says otherwise is
        // clamped
        cachedTokens = Math.min(cachedTokens, promptTokens);
        cacheWriteTokens = Math.min(cacheWriteTokens, promptTokens - cachedTokens);
        model = model == null ? "" : model;
        modelGroup = modelGroup == null ? "" : modelGroup;
        provider = provider == null ? "" : provider;
        team = team == null ? "" : team;
        spend = spend == null ? BigDecimal.ZERO : spend;
    }

    /**
     * The user a row is counted for: {@code user}, else {@code end_user}, else {@code key:} +
     * {@code api_key}.
     */
    public static String userOf(String user, String endUser, String apiKey) {
        if (user != null && !user.isEmpty()) {
            return user;
        }
        if (endUser != null && !endUser.isEmpty()) {
            return endUser;
        }
        return "key:" + (apiKey == null ? "" : apiKey);
    }
}
