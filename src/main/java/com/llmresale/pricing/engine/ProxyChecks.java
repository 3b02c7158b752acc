package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.LimitPeriod;
import com.llmresale.pricing.model.MixEntry;
import com.llmresale.pricing.model.Scenario;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of what the proxy enforces: caps it does not enforce, a mix it routes by alias, and
 * the spend its enforced limits still allow. Typed {@link Check}s; pure.
 */
final class ProxyChecks {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProxyChecks() {}

    static void proxyChecks(Scenario s, List<Check> checks) {
        List<String> unenforced = new ArrayList<>();
        for (LimitPeriod p : LimitPeriod.values()) {
            if (p == LimitPeriod.MINUTE) {
                continue;
            }
            if (s.limits().requests().containsKey(p)) {
                unenforced.add("requests_per_" + p.id());
            }
            if (s.limits().tokens().containsKey(p)) {
                unenforced.add("tokens_per_" + p.id());
            }
        }
        if (!unenforced.isEmpty()) {
            checks.add(Check.warning(CheckCode.PROXY_CAPS_NOT_ENFORCED, unenforced));
        }
        if (s.mix().size() > 1) {
            checks.add(
                    Check.info(
                            CheckCode.PROXY_MIX_BY_ALIAS,
                            s.mix().stream().map(MixEntry::alias).toList(),
                            ScenarioEngine.mixAlias(s)));
        }
    }

    /**
     * What the proxy really bounds: it enforces tpm_limit and max_budget, not the monthly token
     * cap, so a user's monthly spend is at most the smaller of max_budget (the export uses the cost
     * allowance when the scenario sets none) and the tpm limit run for a whole month.
     */
    static void proxySpendCheck(
            Scenario s,
            BigDecimal allowance,
            BigDecimal budget,
            BigDecimal blended,
            List<Check> checks) {
        BigDecimal maxBudget =
                s.limits().maxBudgetUsd() != null
                        ? s.limits().maxBudgetUsd()
                        : ScenarioEngine.cents(allowance);
        Long tpm = s.limits().tokens().get(LimitPeriod.MINUTE);
        BigDecimal perUser = maxBudget;
        Object tpmText = "";
        if (tpm != null) {
            long tokens = Math.multiplyExact(tpm, LimitPeriod.MINUTE.perMonth());
            BigDecimal tpmCost =
                    BigDecimal.valueOf(tokens).multiply(blended).divide(ScenarioEngine.MTOK);
            tpmText = Phrase.of("check.proxy_tpm", tpm, tokens, tpmCost);
            perUser = perUser.min(tpmCost);
        }
        BigDecimal total = perUser.multiply(BigDecimal.valueOf(s.users()));
        if (total.compareTo(budget) > 0) {
            // UP, so that any spend over the budget reads as more than 100%
            BigDecimal times = total.multiply(HUNDRED).divide(budget, 1, RoundingMode.UP);
            checks.add(
                    Check.warning(
                            CheckCode.PROXY_SPEND_OVER_BUDGET,
                            perUser,
                            maxBudget,
                            tpmText,
                            (long) s.users(),
                            total,
                            times,
                            budget,
                            ScenarioEngine.cents(allowance),
                            allowance));
        }
    }
}
