package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.LimitPeriod;
import com.llmresale.pricing.model.MixEntry;
import com.llmresale.pricing.model.Overrides;
import com.llmresale.pricing.model.Scenario;
import com.llmresale.pricing.model.UserLimits;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The budget and margin analysis of a {@link Scenario} against the price sheets. Pure: no I/O.
 * The mix's prices come from {@link MixPrice}, the figures from {@link ScenarioFigures}, the
 * lever waterfall from {@link CostLevers}; this class adds the checks and handles overrides.
 *
 * <p>Amounts are exact BigDecimal; the divisions (by the fx rate, by the number of users, by a
 * price) are carried at 34 significant digits ({@link MathContext#DECIMAL128}) and rounded
 * nowhere here except where a count of whole tokens or users, or a price to charge, is asked for.
 */
public final class ScenarioEngine {
    static final MathContext MC = Capacity.MC;
    static final BigDecimal MTOK = Capacity.MTOK;
    /** A looser limit more than this many times what the tighter one allows is flagged as a warning. */
    static final BigDecimal MISMATCH_RATIO = BigDecimal.valueOf(2);
    /** A capacity claim within this share of a computed figure is taken as agreeing with it. */
    static final BigDecimal CLAIM_TOLERANCE = new BigDecimal("0.05");
    static final String CAPACITY_CLAIM = "CAPACITY_CLAIM";

    private final Catalog catalog;

    public ScenarioEngine(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The report; a data error (not an ArithmeticException) when the figures, though each in its
     * range, give a count of tokens or users beyond 64 bits.
     */
    public ScenarioReport analyse(Scenario s) {
        try {
            return analyseExact(s);
        } catch (ArithmeticException e) {
            BigDecimal revenueUsd = BigDecimal.valueOf(s.users()).multiply(s.pricePerUser()).divide(s.fxRate(), MC);
            throw new DataException(s.file(), 0, null, "figures out of range: with " + n(s.users()) + " users x "
                    + s.pricePerUser().toPlainString() + " " + s.currency() + " / " + s.fxRate().toPlainString()
                    + " = " + usd(revenueUsd) + " revenue a month" + (s.levers().any() ? " and these levers" : "")
                    + ", a count of tokens or users comes out above " + n(Long.MAX_VALUE)
                    + "; use fewer users, a lower price, a higher fx rate, lower limits or milder levers", e);
        }
    }

    /**
     * The report of {@code file} with {@code overrides} applied: every figure and check at the
     * overridden figures, except the file's capacity claim, which was made for the file's own
     * figures and is judged at them (and says so).
     */
    public ScenarioReport analyse(Scenario file, Overrides overrides) {
        Scenario used = overrides.applyTo(file);
        ScenarioReport report = analyse(used);
        List<Overrides.Change> changes = overrides.changes(file);
        if (changes.isEmpty()) {
            return report;
        }
        List<Check> checks = new ArrayList<>(report.checks().stream().filter(c -> !c.code().equals(CAPACITY_CLAIM)).toList());
        if (file.claimedTokensPerMonth() != null) {
            Check claim = analyse(file).checks().stream().filter(c -> c.code().equals(CAPACITY_CLAIM)).findFirst().orElseThrow();
            checks.add(new Check(claim.severity(), CAPACITY_CLAIM, "the file's " + claim.message() + " (judged at the file's "
                    + "figures, " + n(file.users()) + " users at " + file.pricePerUser().toPlainString() + " "
                    + file.currency() + "; the claim was not made for the overrides)"));
        }
        return report.withOverrides(changes, checks.stream().sorted(Comparator.comparing(Check::severity)).toList());
    }

    private ScenarioReport analyseExact(Scenario s) {
        List<Check> checks = new ArrayList<>();
        List<MixPrice> priced = MixPrice.of(catalog, s, checks);
        ScenarioFigures figures = ScenarioFigures.of(s, priced);
        BigDecimal budget = figures.budget();
        BigDecimal revenuePerUser = figures.perUser().revenueUsd();
        BigDecimal allowance = figures.perUser().costBudgetUsd();
        long tokensPerUser = figures.perUser().tokensPerMonth();
        long totalTokens = figures.totalTokens();
        BigDecimal blended = figures.blendedUsdPerMtok();
        long tokensBudgetBuys = figures.tokensBudgetBuys();
        List<ScenarioReport.MixLine> lines = figures.lines();
        ScenarioReport.WorstCase worst = figures.worst();
        ScenarioReport.BreakEven breakEven = figures.breakEven();

        LeverWaterfall waterfall = s.levers().any()
                ? CostLevers.waterfall(s, priced, totalTokens, worst.costUsd(), budget, checks) : null;

        limitChecks(s, checks);
        budgetChecks(s, revenuePerUser, allowance, checks);
        peakChecks(s, lines, checks);
        modelBudgetChecks(lines, budget, worst.overBudget(), checks);
        mixChecks(s, checks);
        claimCheck(s, budget, blended, tokensBudgetBuys, totalTokens, tokensPerUser, checks);
        worstCaseCheck(s, worst, budget, breakEven, tokensPerUser, checks);
        proxyChecks(s, checks);
        proxySpendCheck(s, allowance, budget, blended, checks);

        List<Check> sorted = checks.stream().sorted(Comparator.comparing(Check::severity)).toList();
        return figures.report(s, waterfall, sorted);
    }

    // ---- checks ---------------------------------------------------------------------------------

    private static void limitChecks(Scenario s, List<Check> checks) {
        UserLimits limits = s.limits();
        pairChecks("requests", limits.requests(), checks);
        pairChecks("tokens", limits.tokens(), checks);

        List<String> capsBind = new ArrayList<>();
        List<String> capsLoose = new ArrayList<>();
        long tpr = s.tokensPerRequest();
        for (LimitPeriod p : LimitPeriod.values()) {
            Long r = limits.requests().get(p);
            Long t = limits.tokens().get(p);
            if (r == null || t == null) {
                continue;
            }
            long used = Math.multiplyExact(r, tpr);
            if (used > t) {
                capsBind.add("per " + p.id() + " " + n(t) + " tokens allow " + n(t / tpr) + " requests, not " + n(r));
            } else if (used < t) {
                capsLoose.add("per " + p.id() + " " + n(r) + " x " + n(tpr) + " = " + n(used) + " < " + n(t));
            }
        }
        if (!capsBind.isEmpty()) {
            checks.add(Check.warning("TOKEN_CAPS_BIND", "at " + n(tpr) + " tokens per request the token caps stop users "
                    + "before the request caps: " + String.join("; ", capsBind)));
        }
        if (!capsLoose.isEmpty()) {
            checks.add(Check.info("TOKEN_CAPS_ABOVE_REQUESTS", "at " + n(tpr) + " tokens per request the request caps "
                    + "use less than the token caps (" + String.join("; ", capsLoose) + "); the token caps bind only "
                    + "for longer requests, and the worst case below assumes they do"));
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
            String code = kind.toUpperCase(Locale.ROOT) + "_" + shorter.name() + "_VS_" + longer.name();
            String head = kind + ": " + n(caps.get(shorter)) + " per " + shorter.id() + " x " + n(factor) + " = "
                    + n(allowed) + " per " + longer.id();
            if (allowed < cap) {
                checks.add(Check.warning(code, head + ", below the per-" + longer.id() + " cap of " + n(cap)
                        + ": that cap can never be reached"));
            } else if (allowed > cap) {
                BigDecimal ratio = BigDecimal.valueOf(allowed).divide(BigDecimal.valueOf(cap), 1, RoundingMode.HALF_UP);
                BigDecimal used = BigDecimal.valueOf(cap).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(allowed), 1, RoundingMode.HALF_UP);
                String text = head + ", " + ratio.toPlainString() + "x the per-" + longer.id() + " cap of " + n(cap)
                        + ": at full rate a user reaches it after " + used.toPlainString() + "% of the " + longer.id();
                checks.add(ratio.compareTo(MISMATCH_RATIO) > 0 ? Check.warning(code, text) : Check.info(code, text));
            }
        }
    }

    private static void budgetChecks(Scenario s, BigDecimal revenuePerUser, BigDecimal allowance, List<Check> checks) {
        BigDecimal max = s.limits().maxBudgetUsd();
        if (max == null || max.compareTo(allowance) <= 0) {
            return;
        }
        // UP: a max_budget over the allowance never reads as exactly the margin
        BigDecimal ofRevenue = max.multiply(BigDecimal.valueOf(100)).divide(revenuePerUser, 1, RoundingMode.UP);
        checks.add(Check.warning("MAX_BUDGET_ABOVE_ALLOWANCE", "per-user max_budget " + usd(max)
                + " is above the per-user cost allowance of " + usdBeside(allowance, max) + " (" + pct(s.costMargin())
                + " of " + usd(revenuePerUser) + " revenue per user): a user who spends it costs "
                + ofRevenue.toPlainString() + "% of what they pay; set max_budget to " + usd(cents(allowance))
                + " or less"));
    }

    private static void peakChecks(Scenario s, List<ScenarioReport.MixLine> lines, List<Check> checks) {
        for (ScenarioReport.MixLine line : lines) {
            MixEntry e = line.entry();
            peak(s, "PEAK_RPM", "requests", line.peakRpm(), e.rpm(), s.limits().requests().get(LimitPeriod.MINUTE),
                    e, line.share(), checks);
            peak(s, "PEAK_TPM", "tokens", line.peakTpm(), e.tpm(), s.limits().tokens().get(LimitPeriod.MINUTE),
                    e, line.share(), checks);
        }
    }

    /**
     * A mix weight is a share of traffic (the proxy's routing weight) and, for the per-model budget,
     * the same share of the cost budget: flags a model whose worst case at its traffic share costs
     * more than its budget share (a dearer model is paid for by the cheaper ones).
     */
    private static void modelBudgetChecks(List<ScenarioReport.MixLine> lines, BigDecimal budget, boolean mixOver,
            List<Check> checks) {
        for (ScenarioReport.MixLine line : lines) {
            if (line.worstCaseUsd().compareTo(line.budgetUsd()) > 0) {
                checks.add(Check.warning("MODEL_WORST_CASE_OVER_BUDGET", line.entry().alias() + ": at the worst case its "
                        + pct(line.share()) + " of the traffic costs " + usd(line.worstCaseUsd()) + ", "
                        + usd(line.worstCaseUsd().subtract(line.budgetUsd())) + " over its budget share of "
                        + usd(line.budgetUsd()) + " (" + pct(line.share()) + " of " + usd(budget)
                        + (mixOver ? "); the mix as a whole is over budget too"
                                : "); the other models' unused budget shares cover it only while they stay under them")));
            }
        }
    }

    private static void peak(Scenario s, String code, String what, BigDecimal peak, Long global, Long perUser,
            MixEntry e, BigDecimal share, List<Check> checks) {
        if (peak == null || global == null) {
            return;
        }
        if (peak.compareTo(BigDecimal.valueOf(global)) <= 0) {
            // within the limit at the mix's split; but every user may call the alias directly
            long everyone = Math.multiplyExact(s.users(), perUser);
            if (everyone > global) {
                checks.add(Check.info(code + "_ONE_ALIAS", e.alias() + ": if every user calls it directly at their limit, "
                        + n(s.users()) + " users x " + n(perUser) + " " + what + "/minute = " + n(everyone) + " "
                        + what + "/minute, above its global limit of " + n(global)
                        + " (the proxy answers the excess with 429s); at the mix's " + pct(share) + " it stays within"));
            }
            return;
        }
        checks.add(Check.warning(code, e.alias() + ": at peak " + n(s.users()) + " users x " + n(perUser) + " " + what
                + "/minute x " + pct(share) + " of traffic = " + n(peak.setScale(0, RoundingMode.UP).longValue())
                + " " + what + "/minute, above the alias's global limit of " + n(global)));
    }

    private static void mixChecks(Scenario s, List<Check> checks) {
        BigDecimal total = s.totalWeight();
        if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
            checks.add(Check.warning("MIX_WEIGHTS_NOT_100", "mix weights add up to " + strip(total).toPlainString()
                    + ", not 100: budget and traffic are split by weight / " + strip(total).toPlainString()));
        }
    }

    private static void claimCheck(Scenario s, BigDecimal budget, BigDecimal blended, long buys, long allowed,
            long tokensPerUser, List<Check> checks) {
        Long claim = s.claimedTokensPerMonth();
        if (claim == null) {
            return;
        }
        boolean agrees = close(claim, buys) || close(claim, allowed);
        String perUser = s.claimedTokensPerUser() == null ? "" : " (" + n(s.claimedTokensPerUser()) + " per user)";
        String text = "capacity claim of " + n(claim) + " tokens/month" + perUser
                + (agrees ? " agrees with the figures: " : " does not follow: ")
                + "the " + usd(budget) + " budget buys " + (buys == Long.MAX_VALUE ? "unlimited" : n(buys))
                + " tokens at the mix's blended " + usd(blended.setScale(2, RoundingMode.HALF_UP))
                + " per 1M tokens, and the limits allow " + n(allowed) + " (" + n(tokensPerUser) + " per user)";
        checks.add(agrees ? Check.info(CAPACITY_CLAIM, text) : Check.warning(CAPACITY_CLAIM, text));
    }

    private static boolean close(long claim, long figure) {
        if (figure == Long.MAX_VALUE || figure == 0) {
            return false;
        }
        BigDecimal diff = BigDecimal.valueOf(claim - figure).abs();
        return diff.compareTo(BigDecimal.valueOf(figure).multiply(CLAIM_TOLERANCE)) <= 0;
    }

    private static void worstCaseCheck(Scenario s, ScenarioReport.WorstCase w, BigDecimal budget,
            ScenarioReport.BreakEven be, long tokensPerUser, List<Check> checks) {
        String head = "if every user uses the full " + n(tokensPerUser) + "-token monthly cap the month costs "
                + usd(w.costUsd());
        if (w.overBudget()) {
            checks.add(Check.warning("WORST_CASE_OVER_BUDGET", head + ", " + usd(w.overBudgetUsd()) + " over the "
                    + usd(budget) + " budget; the target margin needs a price of " + be.pricePerUserLocal().toPlainString()
                    + " " + s.currency() + " per user or a token cap of " + n(be.tokensPerUserWithinAllowance())
                    + " per user; fewer users does not help: revenue, and so the budget, falls with the number of "
                    + "users just as the worst case does (there is no fixed cost)"));
        } else {
            checks.add(Check.info("WORST_CASE_WITHIN_BUDGET", head + ", " + usd(w.overBudgetUsd().negate())
                    + " under the " + usd(budget) + " budget (gross margin "
                    + w.marginShare().multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString()
                    + "% even then)"));
        }
    }

    private static void proxyChecks(Scenario s, List<Check> checks) {
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
            checks.add(Check.warning("PROXY_CAPS_NOT_ENFORCED", "LiteLLM enforces per-user rpm_limit, tpm_limit and "
                    + "max_budget/budget_duration only; " + String.join(", ", unenforced)
                    + " are not enforced by the proxy (the export carries them in metadata)"));
        }
        if (s.mix().size() > 1) {
            checks.add(Check.info("PROXY_MIX_BY_ALIAS", "the proxy's routing weights only balance deployments that "
                    + "share a model_name: clients calling " + s.mix().stream().map(MixEntry::alias)
                    .collect(Collectors.joining(", ")) + " by name choose the model themselves; the mix holds for "
                    + "traffic sent to the shared alias " + mixAlias(s)));
        }
    }

    /**
     * What the proxy really bounds: it enforces tpm_limit and max_budget, not the monthly token cap,
     * so a user's monthly spend is at most the smaller of max_budget (the export uses the cost
     * allowance when the scenario sets none) and the tpm limit run for a whole month.
     */
    private static void proxySpendCheck(Scenario s, BigDecimal allowance, BigDecimal budget, BigDecimal blended,
            List<Check> checks) {
        BigDecimal maxBudget = s.limits().maxBudgetUsd() != null ? s.limits().maxBudgetUsd() : cents(allowance);
        Long tpm = s.limits().tokens().get(LimitPeriod.MINUTE);
        BigDecimal perUser = maxBudget;
        String tpmText = "";
        if (tpm != null) {
            long tokens = Math.multiplyExact(tpm, LimitPeriod.MINUTE.perMonth());
            BigDecimal tpmCost = BigDecimal.valueOf(tokens).multiply(blended).divide(MTOK);
            tpmText = "; tpm_limit " + n(tpm) + " alone allows " + n(tokens) + " tokens = " + usd(tpmCost);
            perUser = perUser.min(tpmCost);
        }
        BigDecimal total = perUser.multiply(BigDecimal.valueOf(s.users()));
        if (total.compareTo(budget) > 0) {
            // UP, so that any spend over the budget reads as more than 100%
            BigDecimal times = total.multiply(BigDecimal.valueOf(100)).divide(budget, 1, RoundingMode.UP);
            checks.add(Check.warning("PROXY_SPEND_OVER_BUDGET", "the proxy enforces only rpm/tpm and max_budget, so a "
                    + "user can spend up to " + usd(perUser) + " a month (max_budget " + usd(maxBudget) + tpmText
                    + "): " + n(s.users()) + " users x " + usd(perUser) + " = " + usd(total) + ", " + times
                    + "% of the " + usd(budget) + " cost budget; set max_budget to " + usd(cents(allowance))
                    + " (the " + usdBeside(allowance, cents(allowance)) + " allowance, rounded down to the cent) "
                    + "to hold the margin"));
        }
    }

    /** The proxy alias that routes by the mix weights. */
    public static String mixAlias(Scenario s) {
        return s.name() + "-mix";
    }

    // ---- text helpers for check messages --------------------------------------------------------

    static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String usd(BigDecimal value) {
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
        return (cents.signum() < 0 ? "-$" : "$") + String.format(Locale.ROOT, "%,.2f", cents.abs());
    }

    /**
     * A dollar amount shown next to {@code other}: to the cent HALF_UP, or to 4 decimals DOWN when
     * the cents would read the same although the amounts differ ($6.9565 beside $6.96).
     */
    static String usdBeside(BigDecimal value, BigDecimal other) {
        if (value.compareTo(other) != 0
                && value.setScale(2, RoundingMode.HALF_UP).compareTo(other.setScale(2, RoundingMode.HALF_UP)) == 0) {
            return "$" + String.format(Locale.ROOT, "%,.4f", value.setScale(4, RoundingMode.DOWN));
        }
        return usd(value);
    }

    /** An amount rounded down to the cent: the most a per-user cap may be and still fit the allowance. */
    public static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.DOWN);
    }

    /** A share as a percentage for messages: at most two decimals (HALF_UP), no trailing zeros. */
    static String pct(BigDecimal share) {
        BigDecimal percent = share.multiply(BigDecimal.valueOf(100));
        return strip(percent.scale() > 2 ? percent.setScale(2, RoundingMode.HALF_UP) : percent).toPlainString() + "%";
    }

    static BigDecimal strip(BigDecimal value) {
        return CostEngine.strip(value);
    }
}
