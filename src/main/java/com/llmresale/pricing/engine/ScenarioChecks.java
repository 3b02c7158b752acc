package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The checks of a scenario's budget and capacity figures: a max_budget over the allowance, a model
 * or the whole mix whose worst case is over budget, mix weights, the file's capacity claim. Each is
 * a typed {@link Check}; the render layer words it. Pure: no I/O, no formatting. The limit, peak
 * and proxy checks are {@link LimitChecks}, {@link PeakChecks} and {@link ProxyChecks}.
 */
final class ScenarioChecks {
    /** A capacity claim within this share of a computed figure is taken as agreeing with it. */
    static final BigDecimal CLAIM_TOLERANCE = new BigDecimal("0.05");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScenarioChecks() {}

    static void budgetChecks(
            Scenario s, BigDecimal revenuePerUser, BigDecimal allowance, List<Check> checks) {
        BigDecimal max = s.limits().maxBudgetUsd();
        if (max == null || max.compareTo(allowance) <= 0) {
            return;
        }
        // UP: a max_budget over the allowance never reads as exactly the margin
        BigDecimal ofRevenue = max.multiply(HUNDRED).divide(revenuePerUser, 1, RoundingMode.UP);
        checks.add(
                Check.warning(
                        CheckCode.MAX_BUDGET_ABOVE_ALLOWANCE,
                        max,
                        allowance,
                        s.costMargin(),
                        revenuePerUser,
                        ofRevenue,
                        ScenarioEngine.cents(allowance)));
    }

    /**
     * A mix weight is a share of traffic (the proxy's routing weight) and, for the per-model
     * budget, the same share of the cost budget: flags a model whose worst case at its traffic
     * share costs more than its budget share (a dearer model is paid for by the cheaper ones).
     */
    static void modelBudgetChecks(
            List<ScenarioReport.MixLine> lines,
            BigDecimal budget,
            boolean mixOver,
            List<Check> checks) {
        for (ScenarioReport.MixLine line : lines) {
            if (line.worstCaseUsd().compareTo(line.budgetUsd()) > 0) {
                checks.add(
                        new Check(
                                Check.Severity.WARNING,
                                CheckCode.MODEL_WORST_CASE_OVER_BUDGET,
                                Phrase.of(
                                        mixOver
                                                ? "check.MODEL_WORST_CASE_OVER_BUDGET.mix_over"
                                                : "check.MODEL_WORST_CASE_OVER_BUDGET",
                                        line.entry().alias(),
                                        line.share(),
                                        line.worstCaseUsd(),
                                        line.worstCaseUsd().subtract(line.budgetUsd()),
                                        line.budgetUsd(),
                                        budget)));
            }
        }
    }

    static void mixChecks(Scenario s, List<Check> checks) {
        BigDecimal total = s.totalWeight();
        if (total.compareTo(HUNDRED) != 0) {
            checks.add(Check.warning(CheckCode.MIX_WEIGHTS_NOT_100, CostEngine.strip(total)));
        }
    }

    static void claimCheck(
            Scenario s,
            BigDecimal budget,
            BigDecimal blended,
            long buys,
            long allowed,
            long tokensPerUser,
            List<Check> checks) {
        Long claim = s.claimedTokensPerMonth();
        if (claim == null) {
            return;
        }
        boolean agrees = close(claim, buys) || close(claim, allowed);
        Object perUser =
                s.claimedTokensPerUser() == null
                        ? ""
                        : Phrase.of("check.claim_per_user", (long) s.claimedTokensPerUser());
        Phrase text =
                Phrase.of(
                        agrees ? "check.CAPACITY_CLAIM.agrees" : "check.CAPACITY_CLAIM",
                        claim,
                        perUser,
                        budget,
                        buys,
                        blended,
                        allowed,
                        tokensPerUser);
        checks.add(
                new Check(
                        agrees ? Check.Severity.INFO : Check.Severity.WARNING,
                        CheckCode.CAPACITY_CLAIM,
                        text));
    }

    /**
     * The file's own capacity claim shown beside overrides: judged at the file's figures, and said
     * so.
     */
    static Check fileClaim(Check claim, Scenario file) {
        return new Check(
                claim.severity(),
                CheckCode.CAPACITY_CLAIM,
                Phrase.of(
                        "check.CAPACITY_CLAIM.file",
                        claim.message(),
                        (long) file.users(),
                        file.pricePerUser(),
                        file.currency()));
    }

    private static boolean close(long claim, long figure) {
        if (figure == Long.MAX_VALUE || figure == 0) {
            return false;
        }
        BigDecimal diff = BigDecimal.valueOf(claim - figure).abs();
        return diff.compareTo(BigDecimal.valueOf(figure).multiply(CLAIM_TOLERANCE)) <= 0;
    }

    static void worstCaseCheck(
            Scenario s,
            ScenarioReport.WorstCase w,
            BigDecimal budget,
            ScenarioReport.BreakEven be,
            long tokensPerUser,
            List<Check> checks) {
        if (w.overBudget()) {
            checks.add(
                    Check.warning(
                            CheckCode.WORST_CASE_OVER_BUDGET,
                            tokensPerUser,
                            w.costUsd(),
                            w.overBudgetUsd(),
                            budget,
                            be.pricePerUserLocal(),
                            s.currency(),
                            be.tokensPerUserWithinAllowance()));
        } else {
            checks.add(
                    Check.info(
                            CheckCode.WORST_CASE_WITHIN_BUDGET,
                            tokensPerUser,
                            w.costUsd(),
                            w.overBudgetUsd().negate(),
                            budget,
                            w.marginShare()));
        }
    }
}
