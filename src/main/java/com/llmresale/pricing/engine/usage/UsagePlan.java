package com.llmresale.pricing.engine.usage;

import static com.llmresale.pricing.engine.usage.UsageEngine.MC;
import static com.llmresale.pricing.engine.usage.UsageEngine.pct;
import static com.llmresale.pricing.engine.usage.UsageEngine.strip;

import com.llmresale.pricing.engine.Check;
import com.llmresale.pricing.engine.CheckCode;
import com.llmresale.pricing.engine.usage.UsageReport.Breach;
import com.llmresale.pricing.engine.usage.UsageReport.Unpriced;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The plan against actual: the scenario's figures beside the period's, and the assumptions it
 * contradicts.
 */
final class UsagePlan {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    private UsagePlan() {}

    static UsageReport.Plan plan(
            Scenario s,
            UsageReport.Period period,
            UsageReport.Summary sum,
            long users,
            BigDecimal budget,
            List<Breach> breaches,
            Map<ModelKey, UsageAcc> models,
            List<Unpriced> unpriced) {
        BigDecimal share = BigDecimal.valueOf(period.days()).divide(THIRTY, MC);
        List<UsageReport.PlanLine> lines = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        BigDecimal n = BigDecimal.valueOf(Math.max(users, 1));
        BigDecimal planRequests = BigDecimal.valueOf(s.limits().requestsPerMonth()).multiply(share);
        BigDecimal planTokens = BigDecimal.valueOf(s.limits().tokensPerMonth()).multiply(share);
        BigDecimal actualRequests =
                BigDecimal.valueOf(sum.requests()).divide(n, 2, RoundingMode.HALF_UP);
        BigDecimal actualTokens =
                BigDecimal.valueOf(sum.totalTokens()).divide(n, 2, RoundingMode.HALF_UP);
        BigDecimal tpr =
                sum.requests() == 0
                        ? null
                        : BigDecimal.valueOf(sum.totalTokens())
                                .divide(
                                        BigDecimal.valueOf(sum.requests()),
                                        2,
                                        RoundingMode.HALF_UP);
        BigDecimal inputShare =
                sum.totalTokens() == 0
                        ? null
                        : BigDecimal.valueOf(sum.promptTokens())
                                .divide(
                                        BigDecimal.valueOf(sum.totalTokens()),
                                        4,
                                        RoundingMode.HALF_UP);
        BigDecimal periodBudget = budget.multiply(share).setScale(6, RoundingMode.HALF_UP);
        lines.add(
                new UsageReport.PlanLine(
                        "users", BigDecimal.valueOf(s.users()), BigDecimal.valueOf(users)));
        lines.add(
                new UsageReport.PlanLine(
                        "requests_per_user",
                        strip(planRequests.setScale(2, RoundingMode.HALF_UP)),
                        strip(actualRequests)));
        lines.add(
                new UsageReport.PlanLine(
                        "tokens_per_user",
                        strip(planTokens.setScale(2, RoundingMode.HALF_UP)),
                        strip(actualTokens)));
        lines.add(
                new UsageReport.PlanLine(
                        "tokens_per_request",
                        BigDecimal.valueOf(s.tokensPerRequest()),
                        tpr == null ? null : strip(tpr)));
        lines.add(
                new UsageReport.PlanLine(
                        "input_share",
                        s.inputShare(),
                        inputShare == null ? null : strip(inputShare)));
        lines.add(new UsageReport.PlanLine("cost_usd", periodBudget, sum.costUsd()));
        BigDecimal totalWeight = s.totalWeight();
        for (var entry : s.mix()) {
            UsageAcc a = models.get(entry.key());
            long req = a == null ? 0 : a.requests;
            lines.add(
                    new UsageReport.PlanLine(
                            "mix_share_pct:" + entry.alias(),
                            strip(
                                    entry.weight()
                                            .multiply(HUNDRED)
                                            .divide(totalWeight, 2, RoundingMode.HALF_UP)),
                            pct(req, sum.requests())));
        }

        if (users > s.users()) {
            checks.add(Check.warning(CheckCode.MORE_USERS_THAN_PLANNED, users, (long) s.users()));
        }
        if (tpr != null
                && differs(tpr, BigDecimal.valueOf(s.tokensPerRequest()), new BigDecimal("0.10"))) {
            checks.add(
                    Check.warning(
                            CheckCode.TOKENS_PER_REQUEST, strip(tpr), (long) s.tokensPerRequest()));
        }
        if (inputShare != null
                && inputShare.subtract(s.inputShare()).abs().compareTo(new BigDecimal("0.05"))
                        > 0) {
            checks.add(Check.warning(CheckCode.TOKEN_SPLIT, inputShare, s.inputShare()));
        }
        if (sum.costUsd().compareTo(periodBudget) > 0) {
            checks.add(
                    Check.warning(
                            CheckCode.COST_OVER_BUDGET,
                            sum.costUsd(),
                            periodBudget,
                            period.days(),
                            sum.costUsd().subtract(periodBudget)));
        }
        if (actualRequests.compareTo(planRequests) > 0) {
            checks.add(
                    Check.warning(
                            CheckCode.REQUESTS_PER_USER,
                            strip(actualRequests),
                            strip(planRequests.setScale(2, RoundingMode.HALF_UP))));
        }
        if (actualTokens.compareTo(planTokens) > 0) {
            checks.add(
                    Check.warning(
                            CheckCode.TOKENS_PER_USER,
                            strip(actualTokens),
                            strip(planTokens.setScale(2, RoundingMode.HALF_UP))));
        }
        Set<String> over = new TreeSet<>();
        breaches.forEach(b -> over.add(b.user()));
        if (!over.isEmpty()) {
            checks.add(Check.warning(CheckCode.USERS_OVER_LIMITS, (long) over.size(), users));
        }
        for (var entry : s.mix()) {
            UsageAcc a = models.get(entry.key());
            BigDecimal actual = pct(a == null ? 0 : a.requests, sum.requests());
            BigDecimal planned =
                    entry.weight().multiply(HUNDRED).divide(totalWeight, 2, RoundingMode.HALF_UP);
            if (actual != null && actual.subtract(planned).abs().compareTo(BigDecimal.TEN) > 0) {
                checks.add(
                        Check.info(
                                CheckCode.MIX_SHARE,
                                entry.alias(),
                                entry.key().toString(),
                                actual,
                                strip(planned)));
            }
        }
        if (!unpriced.isEmpty()) {
            checks.add(Check.warning(CheckCode.UNPRICED_MODELS, (long) unpriced.size()));
        }
        return new UsageReport.Plan(s.name(), lines, checks);
    }

    private static boolean differs(BigDecimal actual, BigDecimal plan, BigDecimal tolerance) {
        return plan.signum() != 0
                && actual.subtract(plan).abs().divide(plan, MC).compareTo(tolerance) > 0;
    }
}
