package com.llmresale.pricing.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;

/**
 * One model's margin figures, unrounded: break-even $ per credit, fair credits, the comparison with
 * the baseline and, given a credit's worth, the margin.
 */
record ModelMargin(
        PricedModel model,
        Long requests,
        BigDecimal tokensPerRequest,
        BigDecimal inputShare,
        BigDecimal mixAvg,
        BigDecimal cost,
        BigDecimal breakeven,
        int fairCredits,
        int vsBaseline,
        BigDecimal vsBaselinePct,
        BigDecimal margin,
        BigDecimal marginPct) {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Worst earner per credit first: a charged model at 0 credits, then by break-even descending.
     */
    static final Comparator<ModelMargin> WORST_FIRST =
            Comparator.comparingInt(ModelMargin::rank)
                    .thenComparing(
                            ModelMargin::breakeven, Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(c -> c.model.key());

    /** 0: charged nothing for a cost; 1: charged; 2: free and costs nothing. */
    int rank() {
        if (model.credits() == 0) {
            return cost.signum() > 0 ? 0 : 2;
        }
        return 1;
    }

    static ModelMargin of(
            CreditEngine engine,
            Baseline baseline,
            PricedModel m,
            Long requests,
            BigDecimal tokensPerRequest,
            BigDecimal share,
            BigDecimal mixAvg,
            BigDecimal cost,
            MarginReport.CreditValue value) {
        int credits = m.credits();
        BigDecimal breakeven = credits == 0 ? null : cost.divide(BigDecimal.valueOf(credits), MC);
        int fair = engine.creditsOf(engine.multiplierOf(mixAvg));
        // a credit of this model costs mixAvg / credits per 1M tokens, a baseline credit
        // baselineAvg / baseline credits
        BigDecimal modelSide = mixAvg.multiply(BigDecimal.valueOf(baseline.credits()));
        BigDecimal baseSide = baseline.avgUsdPerMtok().multiply(BigDecimal.valueOf(credits));
        int vs = credits == 0 ? (cost.signum() > 0 ? 1 : 0) : modelSide.compareTo(baseSide);
        BigDecimal vsPct =
                credits == 0
                        ? null
                        : modelSide
                                .divide(baseSide, MC)
                                .subtract(BigDecimal.ONE)
                                .multiply(HUNDRED)
                                .setScale(1, RoundingMode.HALF_UP);
        BigDecimal margin = null;
        BigDecimal marginPct = null;
        if (value != null) {
            BigDecimal revenue = value.usd().multiply(BigDecimal.valueOf(credits));
            margin = revenue.subtract(cost);
            marginPct =
                    revenue.signum() == 0
                            ? null
                            : margin.multiply(HUNDRED).divide(revenue, 1, RoundingMode.HALF_UP);
        }
        return new ModelMargin(
                m,
                requests,
                tokensPerRequest,
                share,
                mixAvg,
                cost,
                breakeven,
                fair,
                vs,
                vsPct,
                margin,
                marginPct);
    }
}
