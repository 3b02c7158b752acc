package com.llmresale.pricing.engine.usage;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rows of one user, team, model (as logged) and day, summed: what a file reader groups in
 * memory and the database groups in SQL. Every report figure but the minute and hour windows comes
 * from these.
 *
 * @param user the user (see {@link SpendRow#userOf})
 * @param team {@code team_id}, "" when none
 * @param provider {@code custom_llm_provider}
 * @param model {@code model}
 * @param modelGroup {@code model_group}
 * @param day the calendar day in the report's time zone
 * @param cacheHit true for rows LiteLLM answered from its response cache
 * @param requests rows
 * @param failures rows whose status is "failure"
 * @param promptTokens prompt tokens, cached and cache writes included
 * @param completionTokens completion tokens
 * @param cachedTokens prompt tokens read from a prompt cache
 * @param cacheWriteTokens prompt tokens written to a prompt cache
 * @param spend LiteLLM's recorded spend, exact sum
 * @param durationMs total duration of the successful rows whose duration is known
 * @param timedRequests how many rows {@code durationMs} sums
 */
public record UsageCell(
        String user,
        String team,
        String provider,
        String model,
        String modelGroup,
        LocalDate day,
        boolean cacheHit,
        long requests,
        long failures,
        long promptTokens,
        long completionTokens,
        long cachedTokens,
        long cacheWriteTokens,
        BigDecimal spend,
        long durationMs,
        long timedRequests) {

    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
