package com.llmresale.pricing.engine;

import com.llmresale.pricing.model.Catalog;
import com.llmresale.pricing.model.DataException;
import com.llmresale.pricing.model.MixEntry;
import com.llmresale.pricing.model.ModelEntry;
import com.llmresale.pricing.model.ProviderSheet;
import com.llmresale.pricing.model.Scenario;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario's mix model with its sheet prices.
 *
 * @param share weight / sum of weights: its share of traffic and of the cost budget
 * @param normal $ per 1M uncached input, cached input and output tokens
 * @param batch the same through the batch API; null when the sheet declares no batch discount
 */
record MixPrice(
        MixEntry entry,
        ProviderSheet sheet,
        ModelEntry model,
        BigDecimal share,
        Rates normal,
        Rates batch) {

    /** $ per 1M tokens of each kind. */
    record Rates(BigDecimal input, BigDecimal cachedInput, BigDecimal output) {
        /** The exact $ cost of these token counts. */
        BigDecimal cost(BigDecimal inputTokens, BigDecimal cachedTokens, BigDecimal outputTokens) {
            return inputTokens
                    .multiply(input)
                    .add(cachedTokens.multiply(cachedInput))
                    .add(outputTokens.multiply(output))
                    .divide(Capacity.MTOK);
        }
    }

    boolean batchAvailable() {
        return batch != null;
    }

    /** The price of 1M tokens at the scenario's token split. */
    BigDecimal usdPerMtok(Scenario s) {
        return normal.input()
                .multiply(s.inputShare())
                .add(normal.output().multiply(s.outputShare()));
    }

    /**
     * Looks every mix model up in the sheets: a missing one is an error on its line, never $0; an
     * inactive one is a warning in {@code checks}.
     */
    static List<MixPrice> of(Catalog catalog, Scenario s, List<Check> checks) {
        BigDecimal total = s.totalWeight();
        List<MixPrice> out = new ArrayList<>();
        for (MixEntry e : s.mix()) {
            ProviderSheet sheet =
                    catalog.sheet(e.provider())
                            .orElseThrow(
                                    () ->
                                            mixError(
                                                    s,
                                                    e,
                                                    "provider",
                                                    "no price sheet for provider '"
                                                            + e.provider()
                                                            + "' (known: "
                                                            + catalog.sheets().stream()
                                                                    .map(ProviderSheet::provider)
                                                                    .collect(
                                                                            Collectors.joining(
                                                                                    ", "))
                                                            + ")"));
            ModelEntry model =
                    sheet.model(e.model())
                            .orElseThrow(
                                    () ->
                                            mixError(
                                                    s,
                                                    e,
                                                    "model",
                                                    e.provider()
                                                            + ":"
                                                            + e.model()
                                                            + " is not in the price sheets ("
                                                            + e.provider()
                                                            + " has: "
                                                            + sheet.models().stream()
                                                                    .map(ModelEntry::id)
                                                                    .collect(
                                                                            Collectors.joining(
                                                                                    ", "))
                                                            + ")"));
            if (!model.hasPrice()) {
                throw mixError(
                        s,
                        e,
                        "model",
                        e.provider()
                                + ":"
                                + e.model()
                                + " has no $ price in its sheet ("
                                + model.noPriceReason()
                                + "), so its cost is unknown");
            }
            if (!model.active()) {
                checks.add(
                        Check.warning(
                                CheckCode.MIX_MODEL_INACTIVE, e.alias(), e.provider(), e.model()));
            }
            out.add(
                    new MixPrice(
                            e,
                            sheet,
                            model,
                            e.weight().divide(total, Capacity.MC),
                            rates(sheet, model, false),
                            sheet.batchDiscount() != null ? rates(sheet, model, true) : null));
        }
        return out;
    }

    private static Rates rates(ProviderSheet sheet, ModelEntry model, boolean batch) {
        long m = Capacity.MILLION;
        return new Rates(
                unit(sheet, model, m, 0, 0, batch),
                unit(sheet, model, m, 0, m, batch),
                unit(sheet, model, 0, m, 0, batch));
    }

    /** The $ cost of a 1M-token workload, from the cost engine (exact). */
    private static BigDecimal unit(
            ProviderSheet sheet, ModelEntry model, long in, long out, long cached, boolean batch) {
        return CostEngine.costAtBasePrices(sheet, model, new Workload(in, out, cached, batch))
                .totalUsd();
    }

    private static DataException mixError(Scenario s, MixEntry e, String field, String problem) {
        return new DataException(s.file(), e.line(), "mix[" + e.alias() + "]." + field, problem);
    }
}
