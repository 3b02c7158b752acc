package com.llmresale.pricing.engine.usage;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/** Sums of cells (a user's, a model's, a day's...): counts, our cost, LiteLLM's spend, credits. */
final class UsageAcc {
    long requests;
    long failures;
    long prompt;
    long completion;
    long cached;
    long cacheWrite;
    BigDecimal cost = BigDecimal.ZERO;
    BigDecimal spend = BigDecimal.ZERO;
    long credits;
    long unpriced;
    final Set<String> names = new TreeSet<>();

    void add(UsageCell c, BigDecimal cellCost, long cellCredits) {
        requests += c.requests();
        failures += c.failures();
        prompt += c.promptTokens();
        completion += c.completionTokens();
        cached += c.cachedTokens();
        cacheWrite += c.cacheWriteTokens();
        spend = spend.add(c.spend());
        credits += cellCredits;
        if (cellCost != null) {
            cost = cost.add(cellCost);
        } else {
            unpriced += c.requests();
        }
    }

    long tokens() {
        return prompt + completion;
    }
}
