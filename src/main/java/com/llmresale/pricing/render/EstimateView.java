package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.Estimate;
import com.llmresale.pricing.engine.WorkloadCost;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code pricing estimate}: the exact $ cost of a workload, per request and for every request. The
 * contract's keys ({@code input_usd}, {@code output_usd}, {@code total_usd}) are one request as
 * billed; {@code all_requests} holds the same for {@code requests} requests.
 */
public final class EstimateView implements View<Estimate> {

    @Override
    public Doc document(Estimate e) {
        return document(e, Words.ENGLISH);
    }

    /** The HTML format: the table format's document in the reader's language. */
    @Override
    public Doc html(Estimate report, Words words) {
        return document(report, words);
    }

    @Override
    public Doc document(Estimate e, Words words) {
        return new EstimateDoc(words).document(e);
    }

    /** The notes in English, as the JSON and CSV carry them. */
    static List<String> notes(Estimate e) {
        return new EstimateDoc(Words.ENGLISH).notes(e);
    }

    static final List<String> COLUMNS =
            List.of(
                    "provider",
                    "model",
                    "input_tokens",
                    "output_tokens",
                    "cached_input_tokens",
                    "input_usd",
                    "output_usd",
                    "total_usd",
                    "requests",
                    "batch",
                    "batch_discount",
                    "cached_input_usd",
                    "batch_discount_usd",
                    "input_usd_per_mtok",
                    "output_usd_per_mtok",
                    "cached_input_usd_per_mtok",
                    "price_source",
                    "all_requests_input_tokens",
                    "all_requests_output_tokens",
                    "all_requests_cached_input_tokens",
                    "all_requests_input_usd",
                    "all_requests_output_usd",
                    "all_requests_total_usd",
                    "all_requests_batch_discount_usd",
                    "credits",
                    "multiplier",
                    "tier",
                    "pinned",
                    "credits_all_requests",
                    "baseline_usd",
                    "effective_multiplier",
                    "effective_credits",
                    "notes",
                    "cache_write_tokens",
                    "cache_write_usd",
                    "cache_write_usd_per_mtok",
                    "above_input_tokens",
                    "all_requests_cache_write_tokens",
                    "all_requests_cache_write_usd");

    @Override
    public Grid csv(Estimate e) {
        Map<String, Object> json = json(e);
        @SuppressWarnings("unchecked")
        Map<String, Object> all = (Map<String, Object>) json.get("all_requests");
        List<String> cells = new ArrayList<>();
        for (String column : COLUMNS) {
            Object value =
                    column.startsWith("all_requests_")
                            ? all.get(column.substring("all_requests_".length()))
                            : json.get(column);
            cells.add(cell(value));
        }
        Set<String> text =
                Set.of("provider", "model", "batch", "price_source", "tier", "pinned", "notes");
        return Grid.builder(
                        COLUMNS.stream().map(c -> new Grid.Column(c, !text.contains(c))).toList())
                .row(cells)
                .build();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    @Override
    public Map<String, Object> json(Estimate e) {
        WorkloadCost one = e.perRequest();
        WorkloadCost all = e.allRequests();
        return Json.obj(
                "provider", e.key().provider(),
                "model", e.key().model(),
                "input_tokens", e.workload().inputTokens(),
                "output_tokens", e.workload().outputTokens(),
                "cached_input_tokens", e.workload().cachedInputTokens(),
                "input_usd", one.inputUsd(),
                "output_usd", one.outputUsd(),
                "total_usd", one.totalUsd(),
                "requests", e.requests(),
                "batch", e.workload().batch(),
                "batch_discount", e.batchDiscount(),
                "cached_input_usd", one.cachedInputUsd(),
                "batch_discount_usd", one.batchDiscountUsd(),
                "input_usd_per_mtok", e.inputUsdPerMtok(),
                "output_usd_per_mtok", e.outputUsdPerMtok(),
                "cached_input_usd_per_mtok", e.cachedInputUsdPerMtok(),
                "price_source", e.priceSource(),
                "all_requests",
                        Json.obj(
                                "input_tokens", e.allWorkload().inputTokens(),
                                "output_tokens", e.allWorkload().outputTokens(),
                                "cached_input_tokens", e.allWorkload().cachedInputTokens(),
                                "input_usd", all.inputUsd(),
                                "output_usd", all.outputUsd(),
                                "total_usd", all.totalUsd(),
                                "batch_discount_usd", all.batchDiscountUsd(),
                                "cache_write_tokens", e.allWorkload().cacheWriteTokens(),
                                "cache_write_usd", all.cacheWriteUsd()),
                "credits", e.credit().credits(),
                "multiplier", e.credit().multiplier(),
                "tier", e.credit().tier().name(),
                "pinned", e.credit().pinned(),
                "credits_all_requests", e.creditsAllRequests(),
                "baseline_usd", e.baselineUsd(),
                "effective_multiplier", e.effectiveMultiplier(),
                "effective_credits", e.effectiveCredits(),
                "notes", notes(e),
                "cache_write_tokens", e.workload().cacheWriteTokens(),
                "cache_write_usd", one.cacheWriteUsd(),
                "cache_write_usd_per_mtok", e.cacheWriteUsdPerMtok(),
                "above_input_tokens", e.tier() == null ? null : e.tier().aboveInputTokens());
    }
}
