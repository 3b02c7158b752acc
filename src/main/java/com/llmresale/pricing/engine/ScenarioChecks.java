package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.LimitPeriod;
import com.llmresale.pricing.model.MixEntry;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.model.UserLimits;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checks of a scenario's figures: limits that cannot bind, budgets that do not hold, peaks over
 * a global limit, what the proxy does not enforce. Each is a typed {@link Check}; the render layer
 * words it. Pure: no I/O, no formatting.
 */
final class ScenarioChecks {
    /**
     * A looser limit more than this many times what the tighter one allows is flagged as a warning.
     */
    static final BigDecimal MISMATCH_RATIO = BigDecimal.valueOf(2);

    /** A capacity claim within this share of a computed figure is taken as agreeing with it. */
    static final BigDecimal CLAIM_TOLERANCE = new BigDecimal("0.05");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScenarioChecks() {}

    static void limitChecks(Scenario s, List<Check> checks) {
        UserLimits limits = s.limits();
        pairChecks("requests", limits.requests(), checks);
        pairChecks("tokens", limits.tokens(), checks);

        List<Phrase> capsBind = new ArrayList<>();
        List<Phrase> capsLoose = new ArrayList<>();
        long tpr = s.tokensPerRequest();
        for (LimitPeriod p : LimitPeriod.values()) {
            Long r = limits.requests().get(p);
            Long t = limits.tokens().get(p);
            if (r == null || t == null) {
                continue;
            }
            long used = Math.multiplyExact(r, tpr);
            if (used > t) {
                capsBind.add(Phrase.of("check.caps_bind", p.id(), t, t / tpr, r));
            } else if (used < t) {
                capsLoose.add(Phrase.of("check.caps_loose", p.id(), r, tpr, used, t));
            }
        }
        if (!capsBind.isEmpty()) {
            checks.add(Check.warning(CheckCode.TOKEN_CAPS_BIND, tpr, capsBind));
        }
        if (!capsLoose.isEmpty()) {
            checks.add(Check.info(CheckCode.TOKEN_CAPS_ABOVE_REQUESTS, tpr, capsLoose));
        }
    }

    private static void pairChecks(String kind, Map<LimitPeriod, Long> caps, List<Check> checks) {
        List<LimitPeriod> present = caps.keySet().stream().sorted().toList();
        for (int i = 0; i + 1 < present.size(); i++) {
            LimitPeriod shorter = present.get(i);
            LimitPeriod longer = present.get(i + 1);
            long factor = longer.factorFrom(shorter);
            long cap = caps.get(longer);
            long allowed = Math.multiplyExact(caps.get(shorter), factor);
            CheckCode code =
                    CheckCode.valueOf(
                            kind.toUpperCase(Locale.ROOT)
                                    + "_"
                                    + shorter.name()
                                    + "_VS_"
                                    + longer.name());
            if (allowed < cap) {
                checks.add(
                        new Check(
                                Check.Severity.WARNING,
                                code,
                                Phrase.of(
                                        "check.pair_below",
                                        kind,
                                        caps.get(shorter),
                                        shorter.id(),
                                        factor,
                                        allowed,
                                        longer.id(),
                                        cap)));
            } else if (allowed > cap) {
                BigDecimal ratio =
                        BigDecimal.valueOf(allowed)
                                .divide(BigDecimal.valueOf(cap), 1, RoundingMode.HALF_UP);
                BigDecimal used =
                        BigDecimal.valueOf(cap)
                                .multiply(HUNDRED)
                                .divide(BigDecimal.valueOf(allowed), 1, RoundingMode.HALF_UP);
                Phrase text =
                        Phrase.of(
                                "check.pair_above",
                                kind,
                                caps.get(shorter),
                                shorter.id(),
                                factor,
                                allowed,
                                longer.id(),
                                cap,
                                ratio,
                                used);
                checks.add(
                        new Check(
                                ratio.compareTo(MISMATCH_RATIO) > 0
                                        ? Check.Severity.WARNING
                                        : Check.Severity.INFO,
                                code,
                                text));
            }
        }
    }

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

    static void peakChecks(Scenario s, List<ScenarioReport.MixLine> lines, List<Check> checks) {
        for (ScenarioReport.MixLine line : lines) {
            MixEntry e = line.entry();
            peak(
                    s,
                    CheckCode.PEAK_RPM,
                    CheckCode.PEAK_RPM_ONE_ALIAS,
                    "requests",
                    line.peakRpm(),
                    e.rpm(),
                    s.limits().requests().get(LimitPeriod.MINUTE),
                    e,
                    line.share(),
                    checks);
            peak(
                    s,
                    CheckCode.PEAK_TPM,
                    CheckCode.PEAK_TPM_ONE_ALIAS,
                    "tokens",
                    line.peakTpm(),
                    e.tpm(),
                    s.limits().tokens().get(LimitPeriod.MINUTE),
                    e,
                    line.share(),
                    checks);
        }
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

    private static void peak(
            Scenario s,
            CheckCode code,
            CheckCode oneAlias,
            String what,
            BigDecimal peak,
            Long global,
            Long perUser,
            MixEntry e,
            BigDecimal share,
            List<Check> checks) {
        if (peak == null || global == null) {
            return;
        }
        if (peak.compareTo(BigDecimal.valueOf(global)) <= 0) {
            // within the limit at the mix's split; but every user may call the alias directly
            long everyone = Math.multiplyExact(s.users(), perUser);
            if (everyone > global) {
                checks.add(
                        new Check(
                                Check.Severity.INFO,
                                oneAlias,
                                Phrase.of(
                                        "check.peak_one_alias",
                                        e.alias(),
                                        (long) s.users(),
                                        perUser,
                                        what,
                                        everyone,
                                        global,
                                        share)));
            }
            return;
        }
        checks.add(
                new Check(
                        Check.Severity.WARNING,
                        code,
                        Phrase.of(
                                "check.peak",
                                e.alias(),
                                (long) s.users(),
                                perUser,
                                what,
                                share,
                                peak.setScale(0, RoundingMode.UP).longValue(),
                                global)));
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
