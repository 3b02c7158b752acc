package com.llmresale.pricing.model;

import java.math.BigDecimal;

/**
 * A named fine-tuning ROI example, kept as data (for instance seed 003's: generic Sonnet at
 * $3,000/month against a fine-tuned Haiku at $500 one-off + $300/month, "break-even in 3 months").
 *
 * @param name the example's name (its file name without .yaml)
 * @param description what is compared
 * @param source where the figures come from, or null
 * @param trainingUsd one-off fine-tuning cost
 * @param monthlyBeforeUsd monthly inference cost before (the generic model)
 * @param monthlyAfterUsd monthly inference cost after (the fine-tuned model)
 * @param claimedBreakEvenMonths the break-even the source claims, or null
 */
public record RoiExample(
        String name,
        String description,
        String source,
        BigDecimal trainingUsd,
        BigDecimal monthlyBeforeUsd,
        BigDecimal monthlyAfterUsd,
        BigDecimal claimedBreakEvenMonths) {

    public RoiExample {
        requireNotNegative("training_usd", trainingUsd);
        requireNotNegative("monthly_before_usd", monthlyBeforeUsd);
        requireNotNegative("monthly_after_usd", monthlyAfterUsd);
        if (claimedBreakEvenMonths != null && claimedBreakEvenMonths.signum() <= 0) {
            throw new InvalidValueException(
                    "claimed_break_even_months",
                    "must be greater than 0, got " + claimedBreakEvenMonths.toPlainString());
        }
    }

    private static void requireNotNegative(String field, BigDecimal value) {
        if (value == null) {
            throw new InvalidValueException(field, "missing");
        }
        if (value.signum() < 0) {
            throw new InvalidValueException(
                    field, "must not be negative, got " + value.toPlainString());
        }
    }
}
