package com.llmresale.pricing.engine.usage;

import static com.llmresale.pricing.engine.usage.UsageEngine.MC;
import static com.llmresale.pricing.engine.usage.UsageEngine.pct;
import static com.llmresale.pricing.engine.usage.UsageEngine.strip;

import com.llmresale.pricing.engine.Check;
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

/** The plan against actual: the scenario's figures beside the period's, and the assumptions it contradicts. */
final class UsagePlan {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    private UsagePlan() {
    }

    static UsageReport.Plan plan(Scenario s, UsageReport.Period period, UsageReport.Summary sum, long users,
            BigDecimal budget, List<Breach> breaches, Map<ModelKey, UsageAcc> models, List<Unpriced> unpriced) {
        BigDecimal share = BigDecimal.valueOf(period.days()).divide(THIRTY, MC);
        List<UsageReport.PlanLine> lines = new ArrayList<>();
        List<Check> checks = new ArrayList<>();
        BigDecimal n = BigDecimal.valueOf(Math.max(users, 1));
        BigDecimal planRequests = BigDecimal.valueOf(s.limits().requestsPerMonth()).multiply(share);
        BigDecimal planTokens = BigDecimal.valueOf(s.limits().tokensPerMonth()).multiply(share);
        BigDecimal actualRequests = BigDecimal.valueOf(sum.requests()).divide(n, 2, RoundingMode.HALF_UP);
        BigDecimal actualTokens = BigDecimal.valueOf(sum.totalTokens()).divide(n, 2, RoundingMode.HALF_UP);
        BigDecimal tpr = sum.requests() == 0 ? null
                : BigDecimal.valueOf(sum.totalTokens()).divide(BigDecimal.valueOf(sum.requests()), 2, RoundingMode.HALF_UP);
        BigDecimal inputShare = sum.totalTokens() == 0 ? null
                : BigDecimal.valueOf(sum.promptTokens()).divide(BigDecimal.valueOf(sum.totalTokens()), 4, RoundingMode.HALF_UP);
        BigDecimal periodBudget = budget.multiply(share).setScale(6, RoundingMode.HALF_UP);
        lines.add(new UsageReport.PlanLine("users", BigDecimal.valueOf(s.users()), BigDecimal.valueOf(users)));
        lines.add(new UsageReport.PlanLine("requests_per_user", strip(planRequests.setScale(2, RoundingMode.HALF_UP)),
                strip(actualRequests)));
        lines.add(new UsageReport.PlanLine("tokens_per_user", strip(planTokens.setScale(2, RoundingMode.HALF_UP)),
                strip(actualTokens)));
        lines.add(new UsageReport.PlanLine("tokens_per_request", BigDecimal.valueOf(s.tokensPerRequest()),
                tpr == null ? null : strip(tpr)));
        lines.add(new UsageReport.PlanLine("input_share", s.inputShare(), inputShare == null ? null : strip(inputShare)));
        lines.add(new UsageReport.PlanLine("cost_usd", periodBudget, sum.costUsd()));
        BigDecimal totalWeight = s.totalWeight();
        for (var entry : s.mix()) {
            UsageAcc a = models.get(entry.key());
            long req = a == null ? 0 : a.requests;
            lines.add(new UsageReport.PlanLine("mix_share_pct:" + entry.alias(),
                    strip(entry.weight().multiply(HUNDRED).divide(totalWeight, 2, RoundingMode.HALF_UP)),
                    pct(req, sum.requests())));
        }

        if (users > s.users()) {
            checks.add(Check.warning("MORE_USERS_THAN_PLANNED", users + " users in the period, the plan has "
                    + s.users()));
        }
        if (tpr != null && differs(tpr, BigDecimal.valueOf(s.tokensPerRequest()), new BigDecimal("0.10"))) {
            checks.add(Check.warning("TOKENS_PER_REQUEST", "requests average " + strip(tpr).toPlainString()
                    + " tokens, the plan assumes " + s.tokensPerRequest()));
        }
        if (inputShare != null && inputShare.subtract(s.inputShare()).abs().compareTo(new BigDecimal("0.05")) > 0) {
            checks.add(Check.warning("TOKEN_SPLIT", "prompt tokens are " + pctText(inputShare)
                    + " of all tokens, the plan assumes " + pctText(s.inputShare())));
        }
        if (sum.costUsd().compareTo(periodBudget) > 0) {
            checks.add(Check.warning("COST_OVER_BUDGET", "cost " + usd(sum.costUsd()) + " is over the "
                    + usd(periodBudget) + " cost budget for " + period.days() + " days by "
                    + usd(sum.costUsd().subtract(periodBudget))));
        }
        if (actualRequests.compareTo(planRequests) > 0) {
            checks.add(Check.warning("REQUESTS_PER_USER", "users average " + strip(actualRequests).toPlainString()
                    + " requests, the plan's caps allow " + strip(planRequests.setScale(2, RoundingMode.HALF_UP))
                    .toPlainString()));
        }
        if (actualTokens.compareTo(planTokens) > 0) {
            checks.add(Check.warning("TOKENS_PER_USER", "users average " + strip(actualTokens).toPlainString()
                    + " tokens, the plan's caps allow " + strip(planTokens.setScale(2, RoundingMode.HALF_UP))
                    .toPlainString()));
        }
        Set<String> over = new TreeSet<>();
        breaches.forEach(b -> over.add(b.user()));
        if (!over.isEmpty()) {
            checks.add(Check.warning("USERS_OVER_LIMITS", over.size() + " of " + users
                    + " users went over the plan's limits (the plan assumes the proxy enforces them)"));
        }
        for (var entry : s.mix()) {
            UsageAcc a = models.get(entry.key());
            BigDecimal actual = pct(a == null ? 0 : a.requests, sum.requests());
            BigDecimal planned = entry.weight().multiply(HUNDRED).divide(totalWeight, 2, RoundingMode.HALF_UP);
            if (actual != null && actual.subtract(planned).abs().compareTo(BigDecimal.TEN) > 0) {
                checks.add(Check.info("MIX_SHARE", entry.alias() + " (" + entry.key() + ") took " + actual.toPlainString()
                        + "% of requests, the mix gives it " + strip(planned).toPlainString() + "%"));
            }
        }
        if (!unpriced.isEmpty()) {
            checks.add(Check.warning("UNPRICED_MODELS", unpriced.size() + " logged model name(s) match no sheet"));
        }
        return new UsageReport.Plan(s.name(), lines, checks);
    }

    private static boolean differs(BigDecimal actual, BigDecimal plan, BigDecimal tolerance) {
        return plan.signum() != 0 && actual.subtract(plan).abs().divide(plan, MC).compareTo(tolerance) > 0;
    }

    private static String pctText(BigDecimal share) {
        return strip(share.multiply(HUNDRED)).toPlainString() + "%";
    }

    private static String usd(BigDecimal v) {
        return "$" + String.format(java.util.Locale.ROOT, "%,.2f", v.setScale(2, RoundingMode.HALF_UP));
    }
}
