package com.llmresale.pricing.engine;

import static com.llmresale.pricing.engine.Capacity.MC;
import static com.llmresale.pricing.engine.Capacity.MTOK;

import com.llmresale.pricing.model.LimitPeriod;
import com.llmresale.pricing.model.MixEntry;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.model.UserLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's budget, capacity and worst-case figures at its mix's prices (exact; see {@link
 * ScenarioReport} for what each means).
 *
 * @param blendedUsdPerMtok the mix's price of 1M tokens, unstripped (the checks quote it)
 */
record ScenarioFigures(
        BigDecimal revenueLocal,
        BigDecimal revenueUsd,
        BigDecimal budget,
        BigDecimal grossMargin,
        ScenarioReport.PerUser perUser,
        List<ScenarioReport.MixLine> lines,
        long totalRequests,
        long totalTokens,
        BigDecimal blendedUsdPerMtok,
        long tokensBudgetBuys,
        ScenarioReport.WorstCase worst,
        ScenarioReport.BreakEven breakEven) {

    static ScenarioFigures of(Scenario s, List<MixPrice> priced) {
        BigDecimal users = BigDecimal.valueOf(s.users());
        BigDecimal revenueLocal = users.multiply(s.pricePerUser());
        // Every USD figure is one division of exact local-currency products by the fx rate (divide
        // last): 34.5 TL per USD makes a quotient non-terminating, and a second operation on it
        // could tip a figure whose exact value is a tie (0.015, -96.65%) to the wrong side.
        BigDecimal revenueUsd = revenueLocal.divide(s.fxRate(), MC);
        BigDecimal budget = revenueLocal.multiply(s.costMargin()).divide(s.fxRate(), MC);
        BigDecimal grossMargin =
                revenueLocal
                        .multiply(BigDecimal.ONE.subtract(s.costMargin()))
                        .divide(s.fxRate(), MC);
        BigDecimal revenuePerUser = s.pricePerUser().divide(s.fxRate(), MC);
        BigDecimal allowance = s.pricePerUser().multiply(s.costMargin()).divide(s.fxRate(), MC);
        BigDecimal totalWeight =
                s.mix().stream().map(MixEntry::weight).reduce(BigDecimal.ZERO, BigDecimal::add);

        UserLimits limits = s.limits();
        long requestsPerUser = limits.requestsPerMonth();
        long tokensPerUser = limits.tokensPerMonth();
        long totalRequests = Math.multiplyExact(requestsPerUser, (long) s.users());
        long totalTokens = Math.multiplyExact(tokensPerUser, (long) s.users());

        Long rpm = limits.requests().get(LimitPeriod.MINUTE);
        Long tpm = limits.tokens().get(LimitPeriod.MINUTE);
        BigDecimal blended = BigDecimal.ZERO;
        BigDecimal worstCost = BigDecimal.ZERO;
        List<ScenarioReport.MixLine> lines = new ArrayList<>();
        for (MixPrice p : priced) {
            BigDecimal price = p.usdPerMtok(s);
            blended = blended.add(p.share().multiply(price));
            BigDecimal modelBudget =
                    revenueLocal
                            .multiply(s.costMargin())
                            .multiply(p.entry().weight())
                            .divide(s.fxRate().multiply(totalWeight), MC);
            BigDecimal tokens = BigDecimal.valueOf(totalTokens).multiply(p.share());
            BigDecimal cost = tokens.multiply(price).divide(MTOK);
            worstCost = worstCost.add(cost);
            lines.add(
                    new ScenarioReport.MixLine(
                            p.entry(),
                            p.share(),
                            modelBudget,
                            CostEngine.strip(price),
                            Capacity.tokensFor(modelBudget, price),
                            tokens,
                            cost,
                            rpm == null
                                    ? null
                                    : users.multiply(BigDecimal.valueOf(rpm)).multiply(p.share()),
                            tpm == null
                                    ? null
                                    : users.multiply(BigDecimal.valueOf(tpm)).multiply(p.share())));
        }

        BigDecimal worstPerUser = worstCost.divide(users, MC);
        BigDecimal worstMargin = revenueUsd.subtract(worstCost);
        // margin share = 1 - worst cost / revenue = 1 - worst cost x fx / local revenue: one
        // division
        BigDecimal marginShare =
                BigDecimal.ONE.subtract(worstCost.multiply(s.fxRate()).divide(revenueLocal, MC));
        ScenarioReport.WorstCase worst =
                new ScenarioReport.WorstCase(
                        totalTokens,
                        worstCost,
                        worstPerUser,
                        worstCost.subtract(budget),
                        worstMargin,
                        marginShare);
        ScenarioReport.BreakEven breakEven =
                new ScenarioReport.BreakEven(
                        worstPerUser
                                .divide(s.costMargin(), MC)
                                .multiply(s.fxRate())
                                .setScale(2, RoundingMode.UP),
                        Capacity.usersWithin(budget, worstPerUser),
                        Capacity.tokensFor(allowance, blended),
                        worstPerUser.multiply(s.fxRate()).setScale(2, RoundingMode.UP));
        ScenarioReport.PerUser perUser =
                new ScenarioReport.PerUser(
                        revenuePerUser, allowance, requestsPerUser, tokensPerUser);
        return new ScenarioFigures(
                revenueLocal,
                revenueUsd,
                budget,
                grossMargin,
                perUser,
                lines,
                totalRequests,
                totalTokens,
                blended,
                Capacity.tokensFor(budget, blended),
                worst,
                breakEven);
    }

    /** The report of these figures for {@code s}, with its lever waterfall (or null) and checks. */
    ScenarioReport report(Scenario s, LeverWaterfall levers, List<Check> checks) {
        return new ScenarioReport(
                s,
                revenueLocal,
                revenueUsd,
                budget,
                grossMargin,
                perUser,
                lines,
                totalRequests,
                totalTokens,
                CostEngine.strip(blendedUsdPerMtok),
                tokensBudgetBuys,
                worst,
                breakEven,
                levers,
                checks,
                List.of());
    }
}
