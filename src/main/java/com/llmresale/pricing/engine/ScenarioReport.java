package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.MixEntry;
import com.llmresale.pricing.model.Overrides;
import com.llmresale.pricing.model.Scenario;
import java.math.BigDecimal;
import java.util.List;

/**
 * What {@code pricing scenario NAME} reports. Every amount is exact (divisions carried at 34
 * significant digits); views round money to cents at output.
 *
 * @param scenario the scenario, overrides applied
 * @param revenueLocal users x price per user, in the scenario's currency
 * @param revenueUsd revenue / fx rate
 * @param costBudgetUsd revenue x cost margin: what may be spent on the API
 * @param grossMarginUsd revenue - cost budget
 * @param perUser per-user figures
 * @param mix per-model budget and capacity
 * @param totalRequests requests per month when every user uses the request caps
 * @param totalTokens tokens per month when every user uses the token caps
 * @param blendedUsdPerMtok the mix's price of 1M tokens at the token split (weights as traffic
 *     shares)
 * @param tokensBudgetBuys tokens per month the cost budget buys at that price (whole tokens,
 *     rounded down)
 * @param worstCase the cost when every user uses the full token cap
 * @param breakEven what it takes for the worst case to fit the target margin
 * @param levers the cost levers' waterfall, or null when the scenario uses none
 * @param checks findings, most severe first
 * @param overrides the figures the command line gave in place of the file's, in field order
 */
public record ScenarioReport(
        Scenario scenario,
        BigDecimal revenueLocal,
        BigDecimal revenueUsd,
        BigDecimal costBudgetUsd,
        BigDecimal grossMarginUsd,
        PerUser perUser,
        List<MixLine> mix,
        long totalRequests,
        long totalTokens,
        BigDecimal blendedUsdPerMtok,
        long tokensBudgetBuys,
        WorstCase worstCase,
        BreakEven breakEven,
        LeverWaterfall levers,
        List<Check> checks,
        List<Overrides.Change> overrides) {

    public ScenarioReport {
        mix = List.copyOf(mix);
        checks = List.copyOf(checks);
        overrides = List.copyOf(overrides);
    }

    /**
     * This report with the overrides it was computed with, and {@code checks} in place of its own.
     */
    ScenarioReport withOverrides(List<Overrides.Change> changes, List<Check> newChecks) {
        return new ScenarioReport(
                scenario,
                revenueLocal,
                revenueUsd,
                costBudgetUsd,
                grossMarginUsd,
                perUser,
                mix,
                totalRequests,
                totalTokens,
                blendedUsdPerMtok,
                tokensBudgetBuys,
                worstCase,
                breakEven,
                levers,
                newChecks,
                changes);
    }

    /**
     * @param revenueUsd revenue per user in USD
     * @param costBudgetUsd the per-user cost allowance
     * @param requestsPerMonth the tightest request cap scaled to a month
     * @param tokensPerMonth the tightest token cap scaled to a month
     */
    public record PerUser(
            BigDecimal revenueUsd,
            BigDecimal costBudgetUsd,
            long requestsPerMonth,
            long tokensPerMonth) {}

    /**
     * @param entry the scenario's mix entry
     * @param share weight / sum of weights
     * @param budgetUsd cost budget x share
     * @param usdPerMtok the model's price of 1M tokens at the token split (sheet prices)
     * @param tokensBudgetBuys tokens per month its budget buys (rounded down)
     * @param worstCaseTokens its share of the worst-case tokens
     * @param worstCaseUsd the cost of those tokens
     * @param peakRpm users x per-user rpm x share (null without a per-minute request limit)
     * @param peakTpm users x per-user tpm x share (null without a per-minute token limit)
     */
    public record MixLine(
            MixEntry entry,
            BigDecimal share,
            BigDecimal budgetUsd,
            BigDecimal usdPerMtok,
            long tokensBudgetBuys,
            BigDecimal worstCaseTokens,
            BigDecimal worstCaseUsd,
            BigDecimal peakRpm,
            BigDecimal peakTpm) {}

    /**
     * @param tokensPerMonth users x the per-user token cap
     * @param costUsd those tokens at the mix's blended price
     * @param costPerUserUsd cost / users
     * @param overBudgetUsd cost - cost budget (negative: headroom)
     * @param grossMarginUsd revenue - cost
     * @param marginShare gross margin / revenue
     */
    public record WorstCase(
            long tokensPerMonth,
            BigDecimal costUsd,
            BigDecimal costPerUserUsd,
            BigDecimal overBudgetUsd,
            BigDecimal grossMarginUsd,
            BigDecimal marginShare) {
        public boolean overBudget() {
            return overBudgetUsd.signum() > 0;
        }
    }

    /**
     * @param pricePerUserLocal the price per user (local currency, rounded up to cents) that keeps
     *     the target cost margin at the worst case: worst case = cost margin of revenue
     * @param usersWithinBudget how many users' worst case the current cost budget covers
     * @param tokensPerUserWithinAllowance the monthly token cap per user the cost allowance pays
     *     for
     * @param zeroMarginPriceLocal the true break-even: the price per user (local currency, rounded
     *     up to cents) at which the worst case costs all of revenue (zero gross margin)
     */
    public record BreakEven(
            BigDecimal pricePerUserLocal,
            long usersWithinBudget,
            long tokensPerUserWithinAllowance,
            BigDecimal zeroMarginPriceLocal) {}
}
