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
        String n = e.requests() == 1 ? "1 request" : e.requests() + " requests";
        Grid.Builder grid =
                Grid.builder(
                        Grid.Column.text("part"),
                        Grid.Column.number("tokens"),
                        Grid.Column.number("$ per 1M"),
                        Grid.Column.number("$ per request"),
                        Grid.Column.number("$ x " + n));
        WorkloadCost list = e.list();
        WorkloadCost all = e.allRequestsList();
        grid.row(
                "input",
                String.valueOf(e.uncachedInputTokens()),
                Text.price(e.inputUsdPerMtok()),
                Text.usd(e.uncachedInputUsd()),
                Text.usd(e.allRequestsUncachedInputUsd()));
        if (e.workload().cachedInputTokens() > 0) {
            grid.row(
                    "cached input",
                    String.valueOf(e.workload().cachedInputTokens()),
                    Text.price(e.cachedInputUsdPerMtok()),
                    Text.usd(list.cachedInputUsd()),
                    Text.usd(all.cachedInputUsd()));
        }
        if (e.workload().cacheWriteTokens() > 0) {
            grid.row(
                    "cache write",
                    String.valueOf(e.workload().cacheWriteTokens()),
                    Text.price(e.cacheWriteUsdPerMtok()),
                    Text.usd(list.cacheWriteUsd()),
                    Text.usd(all.cacheWriteUsd()));
        }
        grid.row(
                "output",
                String.valueOf(e.workload().outputTokens()),
                Text.price(e.outputUsdPerMtok()),
                Text.usd(list.outputUsd()),
                Text.usd(all.outputUsd()));
        if (e.batchDiscount() != null) {
            grid.row(
                    "batch discount",
                    "",
                    "-" + pct(e.batchDiscount()),
                    "-" + Text.usd(e.perRequest().batchDiscountUsd()),
                    "-" + Text.usd(e.allRequests().batchDiscountUsd()));
        }
        grid.row(
                "total",
                String.valueOf(e.tokens()),
                "",
                Text.usd(e.perRequest().totalUsd()),
                Text.usd(e.allRequests().totalUsd()));
        return Doc.builder()
                .paragraph(
                        "Estimate: "
                                + e.key()
                                + ", "
                                + n
                                + (e.workload().batch() ? " through the batch API" : "")
                                + "; exact $, not rounded.")
                .grid(grid.build())
                .paragraph(creditLines(e))
                .paragraph(notes(e).stream().map(s -> "Note: " + s + ".").toList())
                .build();
    }

    private static List<String> creditLines(Estimate e) {
        List<String> lines = new ArrayList<>();
        String pinned = e.credit().pinned() ? " (pinned in the sheet)" : "";
        lines.add(
                "Credits: "
                        + e.credit().credits()
                        + " per request at "
                        + Text.times(e.credit().multiplier())
                        + " ("
                        + e.credit().tier().name()
                        + ")"
                        + pinned
                        + "; x "
                        + e.requests()
                        + " = "
                        + e.creditsAllRequests()
                        + " credits if charged per request.");
        if (e.effectiveMultiplier() != null) {
            lines.add(
                    "This workload's mix: "
                            + Text.usd(e.perRequest().totalUsd())
                            + " against "
                            + Text.usd(e.baselineUsd())
                            + " for the same tokens at the baseline = "
                            + Text.times(e.effectiveMultiplier())
                            + " = "
                            + e.effectiveCredits()
                            + " credits per request.");
        }
        return lines;
    }

    static List<String> notes(Estimate e) {
        List<String> notes = new ArrayList<>();
        if (!e.active()) {
            notes.add("inactive: this model is no longer sold");
        }
        if (e.priceBand() != null) {
            notes.add(
                    "price from the sheet's size band "
                            + e.priceBand().label()
                            + " ($"
                            + Text.price(e.inputUsdPerMtok())
                            + " per 1M)");
        }
        if (e.tier() != null) {
            notes.add(
                    "long context: "
                            + e.workload().inputTokens()
                            + " input tokens is above "
                            + e.tier().aboveInputTokens()
                            + ", so every token of the request is priced at that tier");
        }
        if (e.workload().cacheWriteTokens() > 0 && !e.cacheWritePriceInSheet()) {
            notes.add(
                    "no cache_write price in the sheet: tokens written to the cache are billed at the input price");
        }
        if (e.workload().cachedInputTokens() > 0 && !e.cachedPriceInSheet()) {
            notes.add(
                    "no cached_input price in the sheet: cached tokens are billed at the full input price");
        }
        if (e.billedOnInputOnly()) {
            notes.add("embedding model: billed on input tokens only, output tokens cost nothing");
        }
        return notes;
    }

    private static String pct(BigDecimal share) {
        return Fmt.ENGLISH.shareExact(share);
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
