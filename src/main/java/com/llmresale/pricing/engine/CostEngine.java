package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ProviderSheet;
import java.math.BigDecimal;

/**
 * The exact $ cost of tokens at a sheet's prices. Prices are per 1M tokens, so a cost is
 * {@code tokens x price / 10^6}: a decimal shift, exact, never rounded here.
 */
public final class CostEngine {
    private CostEngine() {
    }

    /** {@code tokens} at {@code usdPerMtok}, exact. */
    public static BigDecimal cost(long tokens, BigDecimal usdPerMtok) {
        return usdPerMtok.multiply(BigDecimal.valueOf(tokens)).movePointLeft(6);
    }

    /**
     * The cost of a workload on one model of a sheet. Cached input tokens are billed at the
     * model's {@code cached_input} price, or at the full input price where the sheet has none.
     * With {@code batch}, the sheet's batch discount comes off input and output.
     *
     * @throws DataException on field {@code model} when the model has no $ price, on {@code batch}
     *                       when batch is asked of a provider that declares no batch discount
     */
    public static WorkloadCost cost(ProviderSheet sheet, ModelEntry model, Workload workload) {
        if (!model.hasPrice()) {
            throw new DataException(null, 0, "model", sheet.provider() + ":" + model.id()
                    + " has no $ price in its sheet (" + model.noPriceReason()
                    + "), so its cost is unknown");
        }
        if (workload.batch() && sheet.batchDiscount() == null) {
            throw new DataException(null, 0, "batch", "provider " + sheet.provider()
                    + " declares no batch discount (`batch_discount` in its sheet)");
        }
        BigDecimal cachedPrice = model.cachedInput() == null ? model.input() : model.cachedInput();
        BigDecimal cached = cost(workload.cachedInputTokens(), cachedPrice);
        BigDecimal input = cost(workload.uncachedInputTokens(), model.input()).add(cached);
        BigDecimal output = cost(workload.outputTokens(), model.output());
        BigDecimal discount = BigDecimal.ZERO;
        if (workload.batch()) {
            BigDecimal keep = BigDecimal.ONE.subtract(sheet.batchDiscount());
            BigDecimal fullTotal = input.add(output);
            input = input.multiply(keep);
            cached = cached.multiply(keep);
            output = output.multiply(keep);
            discount = fullTotal.subtract(input.add(output));
        }
        return new WorkloadCost(strip(input), strip(cached), strip(output), strip(input.add(output)), strip(discount));
    }

    /** Drops trailing zeros so that exact values print as short as they are (4.800000 -> 4.8). */
    static BigDecimal strip(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
