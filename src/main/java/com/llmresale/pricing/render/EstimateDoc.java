package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.Estimate;
import com.llmresale.pricing.engine.WorkloadCost;
import com.llmresale.pricing.model.SizeBand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The table and Markdown document of one {@code pricing estimate}, in the reader's language: the
 * cost per part, the credits and the notes ({@code estimate.*} keys of the bundles).
 */
final class EstimateDoc {
    private final Words words;
    private final Fmt fmt;

    EstimateDoc(Words words) {
        this.words = words;
        this.fmt = words.fmt();
    }

    Doc document(Estimate e) {
        String n = requests(e.requests());
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
                part("input"),
                count(e.uncachedInputTokens()),
                fmt.price(e.inputUsdPerMtok()),
                usd(e.uncachedInputUsd()),
                usd(e.allRequestsUncachedInputUsd()));
        if (e.workload().cachedInputTokens() > 0) {
            grid.row(
                    part("cached_input"),
                    count(e.workload().cachedInputTokens()),
                    fmt.price(e.cachedInputUsdPerMtok()),
                    usd(list.cachedInputUsd()),
                    usd(all.cachedInputUsd()));
        }
        if (e.workload().cacheWriteTokens() > 0) {
            grid.row(
                    part("cache_write"),
                    count(e.workload().cacheWriteTokens()),
                    fmt.price(e.cacheWriteUsdPerMtok()),
                    usd(list.cacheWriteUsd()),
                    usd(all.cacheWriteUsd()));
        }
        grid.row(
                part("output"),
                count(e.workload().outputTokens()),
                fmt.price(e.outputUsdPerMtok()),
                usd(list.outputUsd()),
                usd(all.outputUsd()));
        if (e.batchDiscount() != null) {
            grid.row(
                    part("batch_discount"),
                    "",
                    "-" + fmt.shareExact(e.batchDiscount()),
                    "-" + usd(e.perRequest().batchDiscountUsd()),
                    "-" + usd(e.allRequests().batchDiscountUsd()));
        }
        grid.row(
                part("total"),
                count(e.tokens()),
                "",
                usd(e.perRequest().totalUsd()),
                usd(e.allRequests().totalUsd()));
        return Doc.builder()
                .paragraph(
                        words.format(
                                e.workload().batch() ? "estimate.intro.batch" : "estimate.intro",
                                e.key().toString(),
                                n))
                .grid(grid.build())
                .paragraph(creditLines(e))
                .paragraph(notes(e).stream().map(s -> words.format("estimate.note", s)).toList())
                .build();
    }

    /** "1 request", "100000 requests". */
    String requests(long n) {
        return words.format(n == 1 ? "estimate.request" : "estimate.requests", count(n));
    }

    private String part(String key) {
        return words.get("estimate.part." + key);
    }

    private String count(long n) {
        return Amounts.count(words, n);
    }

    private String usd(BigDecimal value) {
        return Amounts.usd(words, value);
    }

    private List<String> creditLines(Estimate e) {
        List<String> lines = new ArrayList<>();
        lines.add(
                words.format(
                        "estimate.credits",
                        count(e.credit().credits()),
                        fmt.times(e.credit().multiplier()),
                        e.credit().tier().name(),
                        e.credit().pinned() ? words.get("estimate.pinned") : "",
                        count(e.requests()),
                        Amounts.count(words, e.creditsAllRequests())));
        if (e.effectiveMultiplier() != null) {
            lines.add(
                    words.format(
                            "estimate.mix",
                            usd(e.perRequest().totalUsd()),
                            usd(e.baselineUsd()),
                            fmt.times(e.effectiveMultiplier()),
                            count(e.effectiveCredits())));
        }
        return lines;
    }

    /** The notes on an estimate, in this language (the JSON and CSV carry them in English). */
    List<String> notes(Estimate e) {
        List<String> notes = new ArrayList<>();
        if (!e.active()) {
            notes.add(words.get("estimate.notes.inactive"));
        }
        if (e.priceBand() != null) {
            notes.add(
                    words.format(
                            "estimate.notes.band",
                            band(e.priceBand()),
                            fmt.price(e.inputUsdPerMtok())));
        }
        if (e.tier() != null) {
            notes.add(
                    words.format(
                            "estimate.notes.long_context",
                            count(e.workload().inputTokens()),
                            count(e.tier().aboveInputTokens())));
        }
        if (e.workload().cacheWriteTokens() > 0 && !e.cacheWritePriceInSheet()) {
            notes.add(words.get("estimate.notes.no_cache_write"));
        }
        if (e.workload().cachedInputTokens() > 0 && !e.cachedPriceInSheet()) {
            notes.add(words.get("estimate.notes.no_cached_input"));
        }
        if (e.billedOnInputOnly()) {
            notes.add(words.get("estimate.notes.embedding"));
        }
        return notes;
    }

    /** A size band as {@link SizeBand#label()} words it: "dense above 41B up to 80B". */
    private String band(SizeBand band) {
        String max = fmt.plain(band.maxParams().stripTrailingZeros()) + "B";
        return band.aboveParams().signum() == 0
                ? words.format("estimate.band.up_to", band.architecture(), max)
                : words.format(
                        "estimate.band.above",
                        band.architecture(),
                        fmt.plain(band.aboveParams().stripTrailingZeros()) + "B",
                        max);
    }
}
