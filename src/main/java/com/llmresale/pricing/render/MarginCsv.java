package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.MarginReport;
import com.llmresale.pricing.engine.MarginReport.Line;
import java.util.List;
import java.util.Set;

/** {@code pricing margin} as CSV: a row per model, the contract's columns first. */
final class MarginCsv {
    private MarginCsv() {}

    /** The contract's CSV columns first, then the ones added beside them. */
    static final List<String> CSV_COLUMNS =
            List.of(
                    "provider",
                    "model",
                    "credits",
                    "cost_per_request_usd",
                    "breakeven_usd_per_credit",
                    "fair_credits",
                    "margin_per_request_usd",
                    "margin_pct",
                    "below_cost",
                    "input_usd_per_mtok",
                    "output_usd_per_mtok",
                    "tokens_per_request",
                    "input_share",
                    "mix_usd_per_mtok",
                    "cost_per_credit_vs_baseline_pct",
                    "charge",
                    "pinned",
                    "requests");

    private static final Set<String> CSV_NUMBERS =
            Set.of(
                    "credits",
                    "cost_per_request_usd",
                    "breakeven_usd_per_credit",
                    "fair_credits",
                    "margin_per_request_usd",
                    "margin_pct",
                    "input_usd_per_mtok",
                    "output_usd_per_mtok",
                    "tokens_per_request",
                    "input_share",
                    "mix_usd_per_mtok",
                    "cost_per_credit_vs_baseline_pct",
                    "requests");

    static Grid csv(MarginReport r) {
        Grid.Builder grid = Grid.builder(Grid.Column.of(CSV_COLUMNS, CSV_NUMBERS));
        for (Line m : r.models()) {
            grid.row(
                    m.provider(),
                    m.model(),
                    String.valueOf(m.credits()),
                    Text.plain(m.costPerRequestUsd()),
                    Text.plain(m.breakevenUsdPerCredit()),
                    String.valueOf(m.fairCredits()),
                    Text.plain(m.marginPerRequestUsd()),
                    Text.plain(m.marginPct()),
                    m.belowCost() == null ? "" : m.belowCost().toString(),
                    Text.plain(m.inputUsdPerMtok()),
                    Text.plain(m.outputUsdPerMtok()),
                    Text.plain(m.tokensPerRequest()),
                    Text.plain(m.inputShare()),
                    Text.plain(m.mixUsdPerMtok()),
                    Text.plain(m.costPerCreditVsBaselinePct()),
                    MarginView.charge(m),
                    String.valueOf(m.pinned()),
                    m.requests() == null ? "" : m.requests().toString());
        }
        return grid.build();
    }
}
