package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.LimitPeriod;
import com.llmresale.pricing.model.Levers;
import com.llmresale.pricing.model.MixEntry;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.Overrides;
import com.llmresale.pricing.model.ProviderSheet;
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
 *
 * <p>Amounts are exact BigDecimal; the divisions (by the fx rate, by the number of users, by a
 * price) are carried at 34 significant digits ({@link MathContext#DECIMAL128}) and rounded
 * nowhere here except where a count of whole tokens or users, or a price to charge, is asked for.
 */
public final class ScenarioEngine {
    static final MathContext MC = MathContext.DECIMAL128;
    static final long MILLION = 1_000_000L;
    static final BigDecimal MTOK = BigDecimal.valueOf(MILLION);

    private final Catalog catalog;

    public ScenarioEngine(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A mix model with its sheet prices ($ per 1M tokens; batch prices null without a batch discount). */
    record Priced(MixEntry entry, ProviderSheet sheet, ModelEntry model, BigDecimal share,
            BigDecimal input, BigDecimal cachedInput, BigDecimal output,
            BigDecimal batchInput, BigDecimal batchCachedInput, BigDecimal batchOutput) {

        boolean batchAvailable() {
            return batchInput != null;
        }

        /** The price of 1M tokens at the scenario's token split. */
        BigDecimal usdPerMtok(Scenario s) {
            return input.multiply(s.inputShare()).add(output.multiply(s.outputShare()));
        }
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
        List<Check> checks = new ArrayList<>(report.checks().stream()
                .filter(c -> c.code() != CheckCode.CAPACITY_CLAIM).toList());
        if (file.claimedTokensPerMonth() != null) {
            Check claim = analyse(file).checks().stream().filter(c -> c.code() == CheckCode.CAPACITY_CLAIM)
                    .findFirst().orElseThrow();
            checks.add(ScenarioChecks.fileClaim(claim, file));
        }
        return report.withOverrides(changes, checks.stream().sorted(Comparator.comparing(Check::severity)).toList());
    }

    private ScenarioReport analyseExact(Scenario s) {
        List<Check> checks = new ArrayList<>();
        List<Priced> priced = price(s, checks);

        BigDecimal users = BigDecimal.valueOf(s.users());
        BigDecimal revenueLocal = users.multiply(s.pricePerUser());
        // Every USD figure is one division of exact local-currency products by the fx rate (divide
        // last): 34.5 TL per USD makes a quotient non-terminating, and a second operation on it
        // could tip a figure whose exact value is a tie (0.015, -96.65%) to the wrong side.
        BigDecimal revenueUsd = revenueLocal.divide(s.fxRate(), MC);
        BigDecimal budget = revenueLocal.multiply(s.costMargin()).divide(s.fxRate(), MC);
        BigDecimal grossMargin = revenueLocal.multiply(BigDecimal.ONE.subtract(s.costMargin())).divide(s.fxRate(), MC);
        BigDecimal revenuePerUser = s.pricePerUser().divide(s.fxRate(), MC);
        BigDecimal allowance = s.pricePerUser().multiply(s.costMargin()).divide(s.fxRate(), MC);
        BigDecimal totalWeight = s.mix().stream().map(MixEntry::weight).reduce(BigDecimal.ZERO, BigDecimal::add);

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
        for (Priced p : priced) {
            BigDecimal price = p.usdPerMtok(s);
            blended = blended.add(p.share().multiply(price));
            BigDecimal modelBudget = revenueLocal.multiply(s.costMargin()).multiply(p.entry().weight())
                    .divide(s.fxRate().multiply(totalWeight), MC);
            BigDecimal tokens = BigDecimal.valueOf(totalTokens).multiply(p.share());
            BigDecimal cost = tokens.multiply(price).divide(MTOK);
            worstCost = worstCost.add(cost);
            lines.add(new ScenarioReport.MixLine(p.entry(), p.share(), modelBudget, strip(price),
                    tokensFor(modelBudget, price), tokens, cost,
                    rpm == null ? null : users.multiply(BigDecimal.valueOf(rpm)).multiply(p.share()),
                    tpm == null ? null : users.multiply(BigDecimal.valueOf(tpm)).multiply(p.share())));
        }
        long tokensBudgetBuys = tokensFor(budget, blended);

        BigDecimal worstPerUser = worstCost.divide(users, MC);
        BigDecimal worstMargin = revenueUsd.subtract(worstCost);
        // margin share = 1 - worst cost / revenue = 1 - worst cost x fx / local revenue: one division
        BigDecimal marginShare = BigDecimal.ONE.subtract(worstCost.multiply(s.fxRate()).divide(revenueLocal, MC));
        ScenarioReport.WorstCase worst = new ScenarioReport.WorstCase(totalTokens, worstCost, worstPerUser,
                worstCost.subtract(budget), worstMargin, marginShare);
        ScenarioReport.BreakEven breakEven = new ScenarioReport.BreakEven(
                worstPerUser.divide(s.costMargin(), MC).multiply(s.fxRate()).setScale(2, RoundingMode.UP),
                usersWithin(budget, worstPerUser),
                tokensFor(allowance, blended),
                worstPerUser.multiply(s.fxRate()).setScale(2, RoundingMode.UP));

        LeverWaterfall waterfall = s.levers().any()
                ? levers(s, priced, totalTokens, worstCost, budget, checks) : null;

        ScenarioReport.PerUser perUser = new ScenarioReport.PerUser(revenuePerUser, allowance, requestsPerUser, tokensPerUser);
        ScenarioChecks.limitChecks(s, checks);
        ScenarioChecks.budgetChecks(s, revenuePerUser, allowance, checks);
        ScenarioChecks.peakChecks(s, lines, checks);
        ScenarioChecks.modelBudgetChecks(lines, budget, worst.overBudget(), checks);
        ScenarioChecks.mixChecks(s, checks);
        ScenarioChecks.claimCheck(s, budget, blended, tokensBudgetBuys, totalTokens, tokensPerUser, checks);
        ScenarioChecks.worstCaseCheck(s, worst, budget, breakEven, tokensPerUser, checks);
        ScenarioChecks.proxyChecks(s, checks);
        ScenarioChecks.proxySpendCheck(s, allowance, budget, blended, checks);

        List<Check> sorted = checks.stream().sorted(Comparator.comparing(Check::severity)).toList();
        return new ScenarioReport(s, revenueLocal, revenueUsd, budget, grossMargin, perUser, lines, totalRequests,
                totalTokens, strip(blended), tokensBudgetBuys, worst, breakEven, waterfall, sorted, List.of());
    }

    /**
     * The worst-case margin over a grid of users x price per user; empty lists take the scenario's
     * grid, else users x 0.5, 1, 1.5, 2 and price x 0.75, 1, 1.25, 1.5.
     */
    public SensitivityReport sensitivity(Scenario s, List<Integer> users, List<BigDecimal> prices) {
        List<Integer> us = !users.isEmpty() ? users : !s.gridUsers().isEmpty() ? s.gridUsers()
                : java.util.stream.Stream.of("0.5", "1", "1.5", "2")
                        .map(f -> Math.min(Scenario.MAX_USERS, Math.max(1, new BigDecimal(f)
                                .multiply(BigDecimal.valueOf(s.users())).setScale(0, RoundingMode.HALF_UP).intValueExact())))
                        .toList();
        List<BigDecimal> ps = !prices.isEmpty() ? prices : !s.gridPrices().isEmpty() ? s.gridPrices()
                : java.util.stream.Stream.of("0.75", "1", "1.25", "1.5")
                        .map(f -> strip(new BigDecimal(f).multiply(s.pricePerUser()))).toList();
        List<SensitivityReport.Cell> cells = new ArrayList<>();
        for (int u : us.stream().distinct().sorted().toList()) {
            // by numeric value: 800 and 800.0 are one price (a TreeSet compares with compareTo; the first kept)
            for (BigDecimal p : new java.util.TreeSet<>(ps)) {
                ScenarioReport r = analyse(s.with(u, p, null, null, null));
                cells.add(new SensitivityReport.Cell(u, p, r.revenueUsd(), r.costBudgetUsd(), r.worstCase().costUsd(),
                        r.worstCase().grossMarginUsd(), r.worstCase().marginShare()));
            }
        }
        return new SensitivityReport(s.name(), s.currency(), cells);
    }

    /** Looks every mix model up in the sheets: a missing one is an error on its line, never $0. */
    private List<Priced> price(Scenario s, List<Check> checks) {
        BigDecimal total = s.totalWeight();
        List<Priced> out = new ArrayList<>();
        for (MixEntry e : s.mix()) {
            ProviderSheet sheet = catalog.sheet(e.provider()).orElseThrow(() -> mixError(s, e, "provider",
                    "no price sheet for provider '" + e.provider() + "' (known: "
                            + catalog.sheets().stream().map(ProviderSheet::provider).collect(Collectors.joining(", ")) + ")"));
            ModelEntry model = sheet.model(e.model()).orElseThrow(() -> mixError(s, e, "model",
                    e.provider() + ":" + e.model() + " is not in the price sheets (" + e.provider() + " has: "
                            + sheet.models().stream().map(ModelEntry::id).collect(Collectors.joining(", ")) + ")"));
            if (!model.hasPrice()) {
                throw mixError(s, e, "model", e.provider() + ":" + e.model()
                        + " has no $ price in its sheet (" + model.noPriceReason()
                        + "), so its cost is unknown");
            }
            if (!model.active()) {
                checks.add(Check.warning(CheckCode.MIX_MODEL_INACTIVE, e.alias(), e.provider(), e.model()));
            }
            BigDecimal in = unit(sheet, model, MILLION, 0, 0, false);
            BigDecimal cached = unit(sheet, model, MILLION, 0, MILLION, false);
            BigDecimal outp = unit(sheet, model, 0, MILLION, 0, false);
            boolean batch = sheet.batchDiscount() != null;
            out.add(new Priced(e, sheet, model, e.weight().divide(total, MC), in, cached, outp,
                    batch ? unit(sheet, model, MILLION, 0, 0, true) : null,
                    batch ? unit(sheet, model, MILLION, 0, MILLION, true) : null,
                    batch ? unit(sheet, model, 0, MILLION, 0, true) : null));
        }
        return out;
    }

    /** The $ cost of a 1M-token workload, from the cost engine (exact). */
    private static BigDecimal unit(ProviderSheet sheet, ModelEntry model, long in, long out, long cached, boolean batch) {
        return CostEngine.costAtBasePrices(sheet, model, new Workload(in, out, cached, batch)).totalUsd();
    }

    private static DataException mixError(Scenario s, MixEntry e, String field, String problem) {
        return new DataException(s.file(), e.line(), "mix[" + e.alias() + "]." + field, problem);
    }

    /** Whole tokens {@code usd} buys at {@code usdPerMtok}, rounded down; Long.MAX_VALUE for a free price. */
    static long tokensFor(BigDecimal usd, BigDecimal usdPerMtok) {
        if (usdPerMtok.signum() == 0) {
            return Long.MAX_VALUE;
        }
        return usd.multiply(MTOK).divide(usdPerMtok, MC).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    /** Users whose cost of {@code perUser} fit in {@code budget}, rounded down. */
    static long usersWithin(BigDecimal budget, BigDecimal perUser) {
        if (perUser.signum() == 0) {
            return Long.MAX_VALUE;
        }
        return budget.divide(perUser, MC).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    // ---- levers (seed 003) ----------------------------------------------------------------------

    /** Monthly traffic to one model: uncached input, cached input and output tokens, and the batch share. */
    private record Traffic(BigDecimal input, BigDecimal cached, BigDecimal output, BigDecimal batchShare) {
        BigDecimal cost(Priced p) {
            BigDecimal normal = cost(p.input(), p.cachedInput(), p.output());
            if (batchShare.signum() == 0 || !p.batchAvailable()) {
                return normal;
            }
            BigDecimal batch = cost(p.batchInput(), p.batchCachedInput(), p.batchOutput());
            return normal.multiply(BigDecimal.ONE.subtract(batchShare)).add(batch.multiply(batchShare));
        }

        private BigDecimal cost(BigDecimal pIn, BigDecimal pCached, BigDecimal pOut) {
            return input.multiply(pIn).add(cached.multiply(pCached)).add(output.multiply(pOut)).divide(MTOK);
        }
    }

    private LeverWaterfall levers(Scenario s, List<Priced> priced, long totalTokens, BigDecimal before,
            BigDecimal budget, List<Check> checks) {
        Levers l = s.levers();
        BigDecimal users = BigDecimal.valueOf(s.users());
        List<Traffic> traffic = new ArrayList<>();
        for (Priced p : priced) {
            BigDecimal tokens = BigDecimal.valueOf(totalTokens).multiply(p.share());
            traffic.add(new Traffic(tokens.multiply(s.inputShare()), BigDecimal.ZERO, tokens.multiply(s.outputShare()),
                    BigDecimal.ZERO));
        }
        List<LeverWaterfall.Step> steps = new ArrayList<>();
        BigDecimal[] current = {before};
        java.util.function.BiConsumer<String, Object[]> step = (lever, args) -> {
            BigDecimal cost = BigDecimal.ZERO;
            for (int i = 0; i < priced.size(); i++) {
                cost = cost.add(traffic.get(i).cost(priced.get(i)));
            }
            steps.add(new LeverWaterfall.Step(lever, (BigDecimal) args[0], cost, current[0].subtract(cost),
                    usersWithin(budget, cost.divide(users, MC)), (String) args[1]));
            current[0] = cost;
        };

        if (l.semanticCacheHitRate() != null) {
            BigDecimal keep = BigDecimal.ONE.subtract(l.semanticCacheHitRate());
            traffic.replaceAll(t -> new Traffic(t.input().multiply(keep), t.cached().multiply(keep),
                    t.output().multiply(keep), t.batchShare()));
            step.accept("semantic_cache_hit_rate", new Object[] {l.semanticCacheHitRate(),
                    pct(l.semanticCacheHitRate()) + " of requests answered from the semantic cache, no model call"});
        }
        if (l.outputCapTokens() != null) {
            BigDecimal average = BigDecimal.valueOf(s.tokensPerRequest()).multiply(s.outputShare());
            BigDecimal cap = BigDecimal.valueOf(l.outputCapTokens());
            String note;
            if (cap.compareTo(average) < 0) {
                BigDecimal keep = cap.divide(average, MC);
                traffic.replaceAll(t -> new Traffic(t.input(), t.cached(), t.output().multiply(keep), t.batchShare()));
                note = "output capped at " + l.outputCapTokens() + " tokens per request (average was "
                        + strip(average).toPlainString() + ")";
            } else {
                note = "cap at or above the average output of " + strip(average).toPlainString()
                        + " tokens per request: no saving on average";
                checks.add(Check.info(CheckCode.OUTPUT_CAP_ABOVE_AVERAGE, (long) l.outputCapTokens(), strip(average),
                        (long) s.tokensPerRequest(), s.outputShare()));
            }
            step.accept("output_cap_tokens", new Object[] {cap, note});
        }
        if (l.promptCacheHitRate() != null) {
            BigDecimal hit = l.promptCacheHitRate();
            traffic.replaceAll(t -> {
                BigDecimal all = t.input().add(t.cached());
                BigDecimal cached = all.multiply(hit);
                return new Traffic(all.subtract(cached), cached, t.output(), t.batchShare());
            });
            List<String> without = priced.stream().filter(p -> p.model().cachedInput() == null)
                    .map(p -> p.entry().alias() + " (" + p.sheet().provider() + ":" + p.model().id() + ")").toList();
            String note = pct(hit) + " of input tokens read from the prompt cache at the sheet's cached_input price";
            if (!without.isEmpty() && hit.signum() > 0) {
                checks.add(new Check(Check.Severity.WARNING, CheckCode.CACHE_PRICE_UNAVAILABLE, Phrase.of(
                        without.size() == 1 ? "check.CACHE_PRICE_UNAVAILABLE" : "check.CACHE_PRICE_UNAVAILABLE.many",
                        hit, without)));
                note = without.size() == priced.size()
                        ? pct(hit) + " of input tokens read from the prompt cache, but no mix model has a cached_input "
                                + "price: no saving"
                        : note + " (full input price for " + without.stream().map(w -> w.substring(0, w.indexOf(' ')))
                                .collect(Collectors.joining(", ")) + ", which has none)";
            }
            step.accept("prompt_cache_hit_rate", new Object[] {hit, note});
        }
        if (l.batchShare() != null) {
            BigDecimal share = l.batchShare();
            traffic.replaceAll(t -> new Traffic(t.input(), t.cached(), t.output(), share));
            List<String> without = priced.stream().filter(p -> !p.batchAvailable())
                    .map(p -> p.entry().alias() + " (" + p.sheet().provider() + ")").distinct().toList();
            if (!without.isEmpty() && share.signum() > 0) {
                checks.add(new Check(Check.Severity.WARNING, CheckCode.BATCH_UNAVAILABLE, Phrase.of(
                        without.size() == 1 ? "check.BATCH_UNAVAILABLE" : "check.BATCH_UNAVAILABLE.many",
                        share, without)));
            }
            step.accept("batch_share", new Object[] {share,
                    pct(share) + " of traffic through the batch API at the sheet's batch_discount"});
        }
        return new LeverWaterfall(before, usersWithin(budget, before.divide(users, MC)), steps);
    }

    /** The proxy alias that routes by the mix weights. */
    public static String mixAlias(Scenario s) {
        return s.name() + "-mix";
    }

    // ---- text helpers for the lever notes and the range error --------------------------------------------------------

    static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String usd(BigDecimal value) {
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
        return (cents.signum() < 0 ? "-$" : "$") + String.format(Locale.ROOT, "%,.2f", cents.abs());
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
