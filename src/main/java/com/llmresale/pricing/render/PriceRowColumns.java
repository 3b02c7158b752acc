package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.Baseline;
import com.llmresale.pricing.engine.PriceRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The contract's per-model columns, shared by {@code models} and {@code recompute}. */
final class PriceRowColumns {
    /** Contract columns in contract order, then the ones we add beside them. */
    static final List<String> NAMES =
            List.of(
                    "provider",
                    "model",
                    "input_usd_per_mtok",
                    "output_usd_per_mtok",
                    "avg_usd_per_mtok",
                    "multiplier",
                    "credits",
                    "tier",
                    "pinned",
                    "previous_credits",
                    "change_pct",
                    "status",
                    "computed_credits",
                    "family",
                    "price_source");

    /** The columns that hold numbers (CSV writes them as they are; see io.CsvCells). */
    static final java.util.Set<String> NUMBERS =
            java.util.Set.of(
                    "input_usd_per_mtok",
                    "output_usd_per_mtok",
                    "avg_usd_per_mtok",
                    "multiplier",
                    "credits",
                    "previous_credits",
                    "change_pct",
                    "computed_credits");

    private PriceRowColumns() {}

    static Grid csv(List<PriceRow> rows) {
        Grid.Builder grid = Grid.builder(Grid.Column.of(NAMES, NUMBERS));
        for (PriceRow r : rows) {
            grid.row(
                    Arrays.asList(
                            r.provider(),
                            r.model(),
                            Text.plain(r.inputUsdPerMtok()),
                            Text.plain(r.outputUsdPerMtok()),
                            Text.plain(r.avgUsdPerMtok()),
                            Text.plain(r.multiplier()),
                            Text.plain(r.credits()),
                            r.tier() == null ? "" : r.tier().name(),
                            String.valueOf(r.pinned()),
                            Text.plain(r.previousCredits()),
                            Text.plain(r.changePct()),
                            r.status().id(),
                            Text.plain(r.computedCredits()),
                            r.family() == null ? "" : r.family(),
                            r.priceSource() == null ? "" : r.priceSource()));
        }
        return grid.build();
    }

    static List<Object> json(List<PriceRow> rows) {
        List<Object> out = new ArrayList<>();
        for (PriceRow r : rows) {
            out.add(
                    Json.obj(
                            "provider", r.provider(),
                            "model", r.model(),
                            "input_usd_per_mtok", r.inputUsdPerMtok(),
                            "output_usd_per_mtok", r.outputUsdPerMtok(),
                            "avg_usd_per_mtok", r.avgUsdPerMtok(),
                            "multiplier", r.multiplier(),
                            "credits", r.credits(),
                            "tier", r.tier() == null ? null : r.tier().name(),
                            "pinned", r.pinned(),
                            "previous_credits", r.previousCredits(),
                            "change_pct", r.changePct(),
                            "status", r.status().id(),
                            "computed_credits", r.computedCredits(),
                            "family", r.family(),
                            "price_source", r.priceSource()));
        }
        return out;
    }

    static Map<String, Object> baselineJson(Baseline b) {
        Map<String, Object> json =
                Json.obj(
                        "model", b.model(),
                        "avg_usd_per_mtok", b.avgUsdPerMtok(),
                        "multiplier", b.multiplier(),
                        "credits", b.credits());
        if (!b.evenRule()) {
            json.put("rule_input_share", b.ruleInputShare());
        }
        return json;
    }

    static String baselineLine(Baseline b) {
        return baselineLine(b, Words.ENGLISH);
    }

    /** The baseline sentence in the language of {@code words}. */
    static String baselineLine(Baseline b, Words words) {
        Fmt fmt = words.fmt();
        return words.format(
                "baseline.line",
                b.model(),
                fmt.usd(b.avgUsdPerMtok()),
                ruleText(b, words),
                fmt.times(b.multiplier()),
                fmt.count(b.credits()));
    }

    /**
     * How the credit rule averages a model's prices: seed 000's plain average, or the settings'
     * weights.
     */
    static String ruleText(Baseline b, Words words) {
        if (b.evenRule()) {
            return words.get("baseline.rule.even");
        }
        return words.format(
                "baseline.rule.weighted",
                words.fmt().plain(b.ruleInputShare().stripTrailingZeros()),
                words.fmt()
                        .plain(
                                java.math.BigDecimal.ONE
                                        .subtract(b.ruleInputShare())
                                        .stripTrailingZeros()));
    }

    /** What people should know about a row that the numbers alone do not say. */
    static String remark(PriceRow r) {
        return remark(r, Words.ENGLISH);
    }

    /** The remark in the language of {@code words}. */
    static String remark(PriceRow r, Words words) {
        List<String> parts = new ArrayList<>();
        if (r.priceBand() != null) {
            parts.add(words.format("remark.size_band", r.priceBand().label()));
        }
        if (r.pinned()) {
            parts.add(
                    r.computedCredits() == null
                            ? words.get("remark.pinned_no_price")
                            : r.pinDiffers()
                                    ? words.format(
                                            "remark.pinned_computes",
                                            words.fmt().count(r.computedCredits()))
                                    : words.get("remark.pinned"));
        }
        return String.join("; ", parts);
    }
}
