package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.InvalidValueException;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.RequestPrices;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * {@code pricing estimate}: the exact $ cost of a workload on one model, per request and for every
 * request, built on {@link CostEngine} (cached input, batch discount), with the model's credits
 * beside it.
 */
public final class Estimator {
    private final Catalog catalog;
    private final CreditEngine credits;

    public Estimator(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.credits = new CreditEngine(catalog.settings());
    }

    /**
     * The estimate for {@code requests} requests of {@code workload} each on {@code key}.
     *
     * @throws com.llmresale.pricing.model.DataException on {@code model} when the model has no $
     *     price, on {@code batch} when the provider declares no batch discount
     * @throws InvalidValueException on {@code requests} when the token totals do not fit
     * @throws java.util.NoSuchElementException when the catalog has no such model
     */
    public Estimate estimate(ModelKey key, Workload workload, long requests) {
        if (requests < 1) {
            throw new InvalidValueException("requests", "must be at least 1, got " + requests);
        }
        ProviderSheet sheet =
                catalog.sheet(key.provider())
                        .orElseThrow(
                                () ->
                                        new java.util.NoSuchElementException(
                                                "provider: no sheet for '" + key.provider() + "'"));
        ModelEntry model =
                sheet.model(key.model())
                        .orElseThrow(
                                () ->
                                        new java.util.NoSuchElementException(
                                                "model: no model '" + key + "'"));
        Workload listWorkload =
                new Workload(
                        workload.inputTokens(),
                        workload.outputTokens(),
                        workload.cachedInputTokens(),
                        false,
                        workload.cacheWriteTokens());
        Workload all;
        try {
            Math.multiplyExact(
                    Math.addExact(workload.inputTokens(), workload.outputTokens()), requests);
            all =
                    new Workload(
                            Math.multiplyExact(workload.inputTokens(), requests),
                            Math.multiplyExact(workload.outputTokens(), requests),
                            Math.multiplyExact(workload.cachedInputTokens(), requests),
                            workload.batch(),
                            Math.multiplyExact(workload.cacheWriteTokens(), requests));
        } catch (ArithmeticException e) {
            throw new InvalidValueException(
                    "requests",
                    "input_tokens/output_tokens/requests",
                    "("
                            + workload.inputTokens()
                            + " + "
                            + workload.outputTokens()
                            + ") x "
                            + requests
                            + " tokens is more than this tool counts ("
                            + Long.MAX_VALUE
                            + ")");
        }
        // the long-context tier is chosen per request: every request of the same size pays the same
        WorkloadCost perRequest = CostEngine.cost(sheet, model, workload);
        WorkloadCost list = CostEngine.cost(sheet, model, listWorkload);
        WorkloadCost allRequests = CostEngine.cost(sheet, model, workload, requests);
        WorkloadCost allRequestsList = CostEngine.cost(sheet, model, listWorkload, requests);
        RequestPrices prices = model.pricesFor(workload.inputTokens());

        long tokens = Math.addExact(workload.inputTokens(), workload.outputTokens());
        BigDecimal baselineUsd =
                CostEngine.strip(CostEngine.cost(tokens, credits.settings().baselineAvg()));
        BigDecimal effectiveMultiplier = null;
        Integer effectiveCredits = null;
        if (tokens > 0) {
            effectiveMultiplier =
                    perRequest
                            .totalUsd()
                            .divide(
                                    baselineUsd,
                                    credits.settings().multiplierScale(),
                                    credits.settings().rounding());
            effectiveCredits = credits.creditsOf(effectiveMultiplier);
        }
        boolean cachedInSheet =
                prices.tier() != null && prices.tier().cachedInput() != null
                        || model.cachedInput() != null;
        boolean writeInSheet =
                prices.tier() != null && prices.tier().cacheWrite() != null
                        || model.cacheWrite() != null;
        Estimate.Prices paid =
                new Estimate.Prices(
                        prices.input(),
                        prices.output(),
                        prices.cachedInput(),
                        cachedInSheet,
                        prices.cacheWrite(),
                        writeInSheet,
                        prices.tier(),
                        workload.batch() ? sheet.batchDiscount() : null);
        Estimate.Costs costs = new Estimate.Costs(list, perRequest, allRequestsList, allRequests);
        return new Estimate(
                key,
                workload,
                requests,
                all,
                paid,
                model.priceBand(),
                model.billedOnInputOnly(),
                model.active(),
                costs,
                credits.price(model),
                baselineUsd,
                effectiveMultiplier,
                effectiveCredits);
    }
}
