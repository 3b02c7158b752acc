package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.Overrides;
import com.llmresale.pricing.model.Scenario;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The budget and margin analysis of a {@link Scenario} against the price sheets. Pure: no I/O. The
 * mix's prices come from {@link MixPrice}, the figures from {@link ScenarioFigures}, the lever
 * waterfall from {@link CostLevers}; this class adds the checks and handles overrides.
 *
 * <p>Amounts are exact BigDecimal; the divisions (by the fx rate, by the number of users, by a
 * price) are carried at 34 significant digits ({@link MathContext#DECIMAL128}) and rounded nowhere
 * here except where a count of whole tokens or users, or a price to charge, is asked for.
 */
public final class ScenarioEngine {
    static final MathContext MC = Capacity.MC;
    static final BigDecimal MTOK = Capacity.MTOK;

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
            BigDecimal revenueUsd =
                    BigDecimal.valueOf(s.users()).multiply(s.pricePerUser()).divide(s.fxRate(), MC);
            throw new DataException(
                    s.file(),
                    0,
                    null,
                    "figures out of range: with "
                            + n(s.users())
                            + " users x "
                            + s.pricePerUser().toPlainString()
                            + " "
                            + s.currency()
                            + " / "
                            + s.fxRate().toPlainString()
                            + " = "
                            + usd(revenueUsd)
                            + " revenue a month"
                            + (s.levers().any() ? " and these levers" : "")
                            + ", a count of tokens or users comes out above "
                            + n(Long.MAX_VALUE)
                            + "; use fewer users, a lower price, a higher fx rate, lower limits or milder levers",
                    e);
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
        List<Check> checks =
                new ArrayList<>(
                        report.checks().stream()
                                .filter(c -> c.code() != CheckCode.CAPACITY_CLAIM)
                                .toList());
        if (file.claimedTokensPerMonth() != null) {
            Check claim =
                    analyse(file).checks().stream()
                            .filter(c -> c.code() == CheckCode.CAPACITY_CLAIM)
                            .findFirst()
                            .orElseThrow();
            checks.add(ScenarioChecks.fileClaim(claim, file));
        }
        return report.withOverrides(
                changes, checks.stream().sorted(Comparator.comparing(Check::severity)).toList());
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

        LeverWaterfall waterfall =
                s.levers().any()
                        ? CostLevers.waterfall(
                                s, priced, totalTokens, worst.costUsd(), budget, checks)
                        : null;

        LimitChecks.limitChecks(s, checks);
        ScenarioChecks.budgetChecks(s, revenuePerUser, allowance, checks);
        PeakChecks.peakChecks(s, lines, checks);
        ScenarioChecks.modelBudgetChecks(lines, budget, worst.overBudget(), checks);
        ScenarioChecks.mixChecks(s, checks);
        ScenarioChecks.claimCheck(
                s, budget, blended, tokensBudgetBuys, totalTokens, tokensPerUser, checks);
        ScenarioChecks.worstCaseCheck(s, worst, budget, breakEven, tokensPerUser, checks);
        ProxyChecks.proxyChecks(s, checks);
        ProxyChecks.proxySpendCheck(s, allowance, budget, blended, checks);

        List<Check> sorted = checks.stream().sorted(Comparator.comparing(Check::severity)).toList();
        return figures.report(s, waterfall, sorted);
    }

    /** The proxy alias that routes by the mix weights. */
    public static String mixAlias(Scenario s) {
        return s.name() + "-mix";
    }

    // ---- text helpers for the lever notes and the range error
    // --------------------------------------------------------

    static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String usd(BigDecimal value) {
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
        return (cents.signum() < 0 ? "-$" : "$") + String.format(Locale.ROOT, "%,.2f", cents.abs());
    }

    /**
     * An amount rounded down to the cent: the most a per-user cap may be and still fit the
     * allowance.
     */
    public static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.DOWN);
    }

    /** A share as a percentage for messages: at most two decimals (HALF_UP), no trailing zeros. */
    static BigDecimal strip(BigDecimal value) {
        return CostEngine.strip(value);
    }
}
