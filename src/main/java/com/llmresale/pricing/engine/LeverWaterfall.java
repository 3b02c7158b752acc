package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The worst-case monthly cost before and after each cost lever (seed 003), applied in order, and
 * how many users the same cost budget then covers.
 *
 * @param beforeUsd the worst-case monthly cost with no lever
 * @param usersBefore users whose worst case the cost budget covers before the levers
 * @param steps one step per lever the scenario uses, in the order applied
 */
public record LeverWaterfall(BigDecimal beforeUsd, long usersBefore, List<Step> steps) {
    public LeverWaterfall {
        steps = List.copyOf(steps);
    }

    /** The cost after every lever. */
    public BigDecimal afterUsd() {
        return steps.isEmpty() ? beforeUsd : steps.get(steps.size() - 1).costUsd();
    }

    public long usersAfter() {
        return steps.isEmpty() ? usersBefore : steps.get(steps.size() - 1).usersWithinBudget();
    }

    /**
     * @param lever the lever's field name (prompt_cache_hit_rate, ...)
     * @param setting its value as given
     * @param costUsd the worst-case monthly cost after this lever (and the ones before it)
     * @param savingUsd what this lever took off
     * @param usersWithinBudget users the cost budget covers at this cost per user
     * @param note what the lever did, in a few words (worded by the render layer)
     */
    public record Step(
            String lever,
            BigDecimal setting,
            BigDecimal costUsd,
            BigDecimal savingUsd,
            long usersWithinBudget,
            Phrase note) {}
}
