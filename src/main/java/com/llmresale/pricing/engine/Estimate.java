package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.ModelKey;
import com.llmresale.pricing.model.SizeBand;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The exact cost of a workload on one model: {@code pricing estimate}'s report. Nothing here is
 * rounded except the multipliers, which are rounded like every published multiplier.
 *
 * @param key                 the model
 * @param workload            the tokens of one request
 * @param requests            how many such requests
 * @param allWorkload         the tokens of every request together
 * @param inputUsdPerMtok     the model's input price
 * @param outputUsdPerMtok    the model's output price (0 for an embedding)
 * @param cachedInputUsdPerMtok the price cached input tokens pay (the input price where the sheet gives none)
 * @param cachedPriceInSheet  false when the sheet gives no {@code cached_input} and cached tokens pay full price
 * @param batchDiscount       the share the batch API takes off, when {@code workload.batch()}; else null
 * @param priceBand           the size band the prices come from, or null (the sheet's own prices)
 * @param billedOnInputOnly   an embedding model: output tokens cost nothing
 * @param active              false when the model is no longer sold
 * @param list                one request at list prices (no batch discount)
 * @param perRequest          one request as billed (batch discount applied when asked)
 * @param allRequestsList     every request at list prices
 * @param allRequests         every request as billed
 * @param credit              the model's credits (pins win), as {@code pricing models} shows them
 * @param baselineUsd         one request's tokens (input + output) at the baseline's average $ per 1M (1.0x)
 * @param effectiveMultiplier {@code perRequest.totalUsd / baselineUsd}, rounded like the published multiplier;
 *                            null when the request has no tokens
 * @param effectiveCredits    the credits that multiplier stands for; null when it is null
 * @param cacheWriteUsdPerMtok the price tokens written to a prompt cache pay (the input price where the sheet gives none)
 * @param cacheWritePriceInSheet false when the sheet gives no {@code cache_write} price
 * @param tier                the long-context tier the request reaches, or null (the base prices)
 */
public record Estimate(
        ModelKey key,
        Workload workload,
        long requests,
        Workload allWorkload,
        BigDecimal inputUsdPerMtok,
        BigDecimal outputUsdPerMtok,
        BigDecimal cachedInputUsdPerMtok,
        boolean cachedPriceInSheet,
        BigDecimal batchDiscount,
        SizeBand priceBand,
        boolean billedOnInputOnly,
        boolean active,
        WorkloadCost list,
        WorkloadCost perRequest,
        WorkloadCost allRequestsList,
        WorkloadCost allRequests,
        Credit credit,
        BigDecimal baselineUsd,
        BigDecimal effectiveMultiplier,
        Integer effectiveCredits,
        BigDecimal cacheWriteUsdPerMtok,
        boolean cacheWritePriceInSheet,
        com.llmresale.pricing.model.PriceTier tier) {

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
        return list.inputUsd().subtract(list.cachedInputUsd()).subtract(list.cacheWriteUsd());
    }

    /** Every request's uncached input tokens at the input price (list, before any batch discount). */
    public BigDecimal allRequestsUncachedInputUsd() {
        return allRequestsList.inputUsd().subtract(allRequestsList.cachedInputUsd())
                .subtract(allRequestsList.cacheWriteUsd());
    }

    /** Input and output tokens of one request. */
    public long tokens() {
        return workload.inputTokens() + workload.outputTokens();
    }

    /** {@code credits x requests}: what the model's credits come to if they are charged per request. */
    public BigInteger creditsAllRequests() {
        return BigInteger.valueOf(credit.credits()).multiply(BigInteger.valueOf(requests));
    }
}
