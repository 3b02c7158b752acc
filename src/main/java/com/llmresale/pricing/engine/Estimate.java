package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.PriceTier;
import com.llmresale.pricing.model.SizeBand;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The exact cost of a workload on one model: {@code pricing estimate}'s report. Nothing here is
 * rounded except the multipliers, which are rounded like every published multiplier.
 *
 * @param key the model
 * @param workload the tokens of one request
 * @param requests how many such requests
 * @param allWorkload the tokens of every request together
 * @param prices the $ prices the request pays
 * @param priceBand the size band the prices come from, or null (the sheet's own prices)
 * @param billedOnInputOnly an embedding model: output tokens cost nothing
 * @param active false when the model is no longer sold
 * @param costs one request and every request, at list prices and as billed
 * @param credit the model's credits (pins win), as {@code pricing models} shows them
 * @param baselineUsd one request's tokens (input + output) at the baseline's average $ per 1M
 *     (1.0x)
 * @param effectiveMultiplier {@code perRequest.totalUsd / baselineUsd}, rounded like the published
 *     multiplier; null when the request has no tokens
 * @param effectiveCredits the credits that multiplier stands for; null when it is null
 */
public record Estimate(
        ModelKey key,
        Workload workload,
        long requests,
        Workload allWorkload,
        Prices prices,
        SizeBand priceBand,
        boolean billedOnInputOnly,
        boolean active,
        Costs costs,
        Credit credit,
        BigDecimal baselineUsd,
        BigDecimal effectiveMultiplier,
        Integer effectiveCredits) {

    /**
     * The $ prices per 1M tokens a request of the workload's size pays.
     *
     * @param input the input price
     * @param output the output price (0 for an embedding)
     * @param cachedInput the price cached input tokens pay (the input price where the sheet gives
     *     none)
     * @param cachedInSheet false when the sheet gives no {@code cached_input} and cached tokens pay
     *     full price
     * @param cacheWrite the price tokens written to a prompt cache pay (the input price where the
     *     sheet gives none)
     * @param cacheWriteInSheet false when the sheet gives no {@code cache_write} price
     * @param tier the long-context tier the request reaches, or null (the base prices)
     * @param batchDiscount the share the batch API takes off, when {@code workload.batch()}; else
     *     null
     */
    public record Prices(
            BigDecimal input,
            BigDecimal output,
            BigDecimal cachedInput,
            boolean cachedInSheet,
            BigDecimal cacheWrite,
            boolean cacheWriteInSheet,
            PriceTier tier,
            BigDecimal batchDiscount) {}

    /**
     * @param list one request at list prices (no batch discount)
     * @param perRequest one request as billed (batch discount applied when asked)
     * @param allRequestsList every request at list prices
     * @param allRequests every request as billed
     */
    public record Costs(
            WorkloadCost list,
            WorkloadCost perRequest,
            WorkloadCost allRequestsList,
            WorkloadCost allRequests) {}

    // ---- the prices and costs by their report names, as the views read them ----

    public BigDecimal inputUsdPerMtok() {
        return prices.input();
    }

    public BigDecimal outputUsdPerMtok() {
        return prices.output();
    }

    public BigDecimal cachedInputUsdPerMtok() {
        return prices.cachedInput();
    }

    public boolean cachedPriceInSheet() {
        return prices.cachedInSheet();
    }

    public BigDecimal cacheWriteUsdPerMtok() {
        return prices.cacheWrite();
    }

    public boolean cacheWritePriceInSheet() {
        return prices.cacheWriteInSheet();
    }

    public PriceTier tier() {
        return prices.tier();
    }

    public BigDecimal batchDiscount() {
        return prices.batchDiscount();
    }

    public WorkloadCost list() {
        return costs.list();
    }

    public WorkloadCost perRequest() {
        return costs.perRequest();
    }

    public WorkloadCost allRequestsList() {
        return costs.allRequestsList();
    }

    public WorkloadCost allRequests() {
        return costs.allRequests();
    }

    /** {@code sheet} or {@code size_band}, as in the {@code models} report. */
    public String priceSource() {
        return priceBand == null ? PriceRow.FROM_SHEET : PriceRow.FROM_SIZE_BAND;
    }

    /** The uncached part of the input tokens of one request. */
    public long uncachedInputTokens() {
        return workload.uncachedInputTokens();
    }

    /** One request's uncached input tokens at the input price (list, before any batch discount). */
    public BigDecimal uncachedInputUsd() {
        return list().inputUsd().subtract(list().cachedInputUsd()).subtract(list().cacheWriteUsd());
    }

    /**
     * Every request's uncached input tokens at the input price (list, before any batch discount).
     */
    public BigDecimal allRequestsUncachedInputUsd() {
        return allRequestsList()
                .inputUsd()
                .subtract(allRequestsList().cachedInputUsd())
                .subtract(allRequestsList().cacheWriteUsd());
    }

    /** Input and output tokens of one request. */
    public long tokens() {
        return workload.inputTokens() + workload.outputTokens();
    }

    /**
     * {@code credits x requests}: what the model's credits come to if they are charged per request.
     */
    public BigInteger creditsAllRequests() {
        return BigInteger.valueOf(credit.credits()).multiply(BigInteger.valueOf(requests));
    }
}
