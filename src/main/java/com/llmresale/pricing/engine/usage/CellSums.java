package com.llmresale.pricing.engine.usage;

/** The running sums of one cell (a group's day) while rows are grouped. */
final class CellSums {
    long requests;
    long failures;
    long prompt;
    long completion;
    long cached;
    long cacheWrite;
    final SpendSum spend = new SpendSum();
    long durationMs;
    long timed;

    /** Adds ({@code sign} 1) or takes out (-1) another cell's sums. */
    void add(CellSums o, int sign) {
        requests += sign * o.requests;
        failures += sign * o.failures;
        prompt += sign * o.prompt;
        completion += sign * o.completion;
        cached += sign * o.cached;
        cacheWrite += sign * o.cacheWrite;
        spend.add(o.spend, sign);
        durationMs += sign * o.durationMs;
        timed += sign * o.timed;
    }
}
