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
    /** A looser limit more than this many times what the tighter one allows is flagged as a warning. */
    static final BigDecimal MISMATCH_RATIO = BigDecimal.valueOf(2);
    /** A capacity claim within this share of a computed figure is taken as agreeing with it. */
    static final BigDecimal CLAIM_TOLERANCE = new BigDecimal("0.05");
    static final String CAPACITY_CLAIM = "CAPACITY_CLAIM";

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
                checks.add(Check.warning("MIX_MODEL_INACTIVE", "mix alias " + e.alias() + ": " + e.provider() + ":"
                        + e.model() + " is marked inactive in its sheet (no longer sold)"));
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
                checks.add(Check.info("OUTPUT_CAP_ABOVE_AVERAGE", "output_cap_tokens " + l.outputCapTokens()
                        + " is not below the average output of " + strip(average).toPlainString()
                        + " tokens per request (" + s.tokensPerRequest() + " x " + pct(s.outputShare())
                        + "): it trims only long answers, the average cost does not move"));
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
                checks.add(Check.warning("CACHE_PRICE_UNAVAILABLE", "prompt_cache_hit_rate " + pct(hit) + ": "
                        + String.join(", ", without) + (without.size() == 1
                                ? " has no cached_input price in its sheet; its cached input is billed at the full input "
                                        + "price, so no prompt-cache saving is counted for it"
                                : " have no cached_input price in their sheets; their cached input is billed at the full "
                                        + "input price, so no prompt-cache saving is counted for them")));
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
                checks.add(Check.warning("BATCH_UNAVAILABLE", "batch_share " + pct(share) + ": "
                        + String.join(", ", without) + (without.size() == 1
                                ? " declares no batch discount (`batch_discount` in its sheet); no batch saving is counted for it"
                                : " declare no batch discount (`batch_discount` in their sheets); no batch saving is counted for them")));
            }
            step.accept("batch_share", new Object[] {share,
                    pct(share) + " of traffic through the batch API at the sheet's batch_discount"});
        }
        return new LeverWaterfall(before, usersWithin(budget, before.divide(users, MC)), steps);
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
