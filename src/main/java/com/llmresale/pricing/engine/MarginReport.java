package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code pricing margin}: per model, what one request costs at a token mix against the credits it
 * is charged. Every USD figure is rounded once, here, to {@link Margins#USD_SCALE} decimals
 * (HALF_UP; exact when shorter); percentages to one decimal HALF_UP.
 *
 * @param mix the token mix (with usage logs: all models' traffic together)
 * @param creditValue what a credit is worth, or null when not known
 * @param baseline what 1.0x is
 * @param models worst earner per credit first (the highest break-even $ per credit; a charged model
 *     at 0 credits before all), so models below cost come first
 * @param summary counts over {@code models}
 * @param unlisted active models the report cannot cost (pinned without a $ price), as phrases
 *     ({@code margin.unlisted}: {@code provider:model (pinned, no $ price)})
 * @param notes what the figures leave out, as phrases ({@code margin.note.*})
 */
public record MarginReport(
        Mix mix,
        CreditValue creditValue,
        Baseline baseline,
        List<Line> models,
        Summary summary,
        List<Phrase> unlisted,
        List<Phrase> notes) {

    public MarginReport {
        models = List.copyOf(models);
        unlisted = List.copyOf(unlisted);
        notes = List.copyOf(notes);
    }

    /**
     * @param tokensPerRequest average tokens (input + output) per request
     * @param inputShare share of them that are input tokens
     * @param source where the mix comes from, a phrase ({@code margin.source.scenario}: {@code
     *     scenario balanced}, {@code margin.source.usage}: {@code usage logs.csv})
     * @param fromUsage true when each model has its own mix from the logs
     */
    public record Mix(
            BigDecimal tokensPerRequest, BigDecimal inputShare, Phrase source, boolean fromUsage) {}

    /**
     * A credit's worth in USD and where it comes from, a phrase ({@code margin.value.option}:
     * {@code --credit-value-usd}, or {@code margin.value.scenario}: the scenario's allowance).
     */
    public record CreditValue(BigDecimal usd, Phrase source) {}

    /**
     * One model.
     *
     * @param requests requests in the logs (null without logs)
     * @param tokensPerRequest this model's tokens per request
     * @param inputShare this model's input share
     * @param mixUsdPerMtok input_share x input + output_share x output ($ per 1M tokens)
     * @param fairCredits the credit rule applied to {@code mixUsdPerMtok}
     * @param costPerCreditVsBaselinePct how much more (+) or less (-) a credit of this model costs
     *     than a credit of the baseline at the same tokens; null at 0 credits
     * @param marginPerRequestUsd credits x credit value - cost; null without a credit value
     * @param marginPct margin / revenue x 100; null without a credit value or at 0 credits
     * @param belowCost margin below 0; null without a credit value
     */
    public record Line(
            String provider,
            String model,
            BigDecimal inputUsdPerMtok,
            BigDecimal outputUsdPerMtok,
            Long requests,
            BigDecimal tokensPerRequest,
            BigDecimal inputShare,
            BigDecimal mixUsdPerMtok,
            int credits,
            boolean pinned,
            BigDecimal costPerRequestUsd,
            BigDecimal breakevenUsdPerCredit,
            int fairCredits,
            BigDecimal costPerCreditVsBaselinePct,
            BigDecimal marginPerRequestUsd,
            BigDecimal marginPct,
            Boolean belowCost) {

        /** The 50/50 rule charges more than the rule would at this mix. */
        public boolean overCharged() {
            return credits > fairCredits;
        }

        public boolean underCharged() {
            return credits < fairCredits;
        }
    }

    /**
     * @param models models listed
     * @param belowBaseline models a credit of which costs more than a baseline credit at this mix
     *     (they earn less per credit than the baseline)
     * @param atBaseline models whose credit costs what a baseline credit costs
     * @param aboveBaseline models that earn more per credit than the baseline
     * @param underCharged models charged fewer credits than fair_credits
     * @param overCharged models charged more credits than fair_credits
     * @param belowCost models sold below cost, or null without a credit value
     * @param baselineUsdPerCredit what a baseline credit costs at the scenario's mix (null with
     *     logs: each model has its own tokens per request)
     */
    public record Summary(
            int models,
            int belowBaseline,
            int atBaseline,
            int aboveBaseline,
            int underCharged,
            int overCharged,
            Integer belowCost,
            BigDecimal baselineUsdPerCredit) {}
}
