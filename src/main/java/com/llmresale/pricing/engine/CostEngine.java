package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.RequestPrices;
import java.math.BigDecimal;

/**
 * The exact $ cost of tokens at a sheet's prices. Prices are per 1M tokens, so a cost is {@code
 * tokens x price / 10^6}: a decimal shift, exact, never rounded here.
 */
public final class CostEngine {
    private CostEngine() {}

    /** {@code tokens} at {@code usdPerMtok}, exact. */
    public static BigDecimal cost(long tokens, BigDecimal usdPerMtok) {
        return usdPerMtok.multiply(BigDecimal.valueOf(tokens)).movePointLeft(6);
    }

    /**
     * The cost of one request on one model of a sheet: its long-context tier is chosen by its input
     * tokens (see {@link #cost(ProviderSheet, ModelEntry, Workload, long)}).
     */
    public static WorkloadCost cost(ProviderSheet sheet, ModelEntry model, Workload workload) {
        return cost(sheet, model, workload, 1);
    }

    /**
     * The cost of {@code requests} requests of {@code perRequest} each. The tier (cliff rule) is
     * the one a single request's input tokens reach. Cached input tokens are billed at the model's
     * {@code cached_input} price and cache writes at {@code cache_write}, each at the input price
     * where the sheet has none. With {@code batch}, the sheet's batch discount comes off input and
     * output.
     *
     * @throws DataException on field {@code model} when the model has no $ price, on {@code batch}
     *     when batch is asked of a provider that declares no batch discount
     */
    public static WorkloadCost cost(
            ProviderSheet sheet, ModelEntry model, Workload perRequest, long requests) {
        requirePrice(sheet, model);
        return cost(sheet, model.pricesFor(perRequest.inputTokens()), perRequest, requests);
    }

    /**
     * The cost at the model's base prices, whatever the request size: unit costs (per 1M tokens) of
     * a plan.
     */
    public static WorkloadCost costAtBasePrices(
            ProviderSheet sheet, ModelEntry model, Workload workload) {
        requirePrice(sheet, model);
        return cost(sheet, model.pricesFor(0), workload, 1);
    }

    private static void requirePrice(ProviderSheet sheet, ModelEntry model) {
        if (!model.hasPrice()) {
            throw new DataException(
                    null,
                    0,
                    "model",
                    sheet.provider()
                            + ":"
                            + model.id()
                            + " has no $ price in its sheet ("
                            + model.noPriceReason()
                            + "), so its cost is unknown");
        }
    }

    private static WorkloadCost cost(
            ProviderSheet sheet, RequestPrices prices, Workload perRequest, long requests) {
        if (perRequest.batch() && sheet.batchDiscount() == null) {
            throw new DataException(
                    null,
                    0,
                    "batch",
                    "provider "
                            + sheet.provider()
                            + " declares no batch discount (`batch_discount` in its sheet)");
        }
        BigDecimal n = BigDecimal.valueOf(requests);
        BigDecimal cached = cost(perRequest.cachedInputTokens(), prices.cachedInput()).multiply(n);
        BigDecimal written = cost(perRequest.cacheWriteTokens(), prices.cacheWrite()).multiply(n);
        BigDecimal input =
                cost(perRequest.uncachedInputTokens(), prices.input())
                        .multiply(n)
                        .add(cached)
                        .add(written);
        BigDecimal output = cost(perRequest.outputTokens(), prices.output()).multiply(n);
        BigDecimal discount = BigDecimal.ZERO;
        if (perRequest.batch()) {
            BigDecimal keep = BigDecimal.ONE.subtract(sheet.batchDiscount());
            BigDecimal fullTotal = input.add(output);
            input = input.multiply(keep);
            cached = cached.multiply(keep);
            written = written.multiply(keep);
            output = output.multiply(keep);
            discount = fullTotal.subtract(input.add(output));
        }
        return new WorkloadCost(
                strip(input),
                strip(cached),
                strip(output),
                strip(input.add(output)),
                strip(discount),
                strip(written),
                prices.tier());
    }

    /** Drops trailing zeros so that exact values print as short as they are (4.800000 -> 4.8). */
    static BigDecimal strip(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
