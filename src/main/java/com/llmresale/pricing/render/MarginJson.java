package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.MarginReport;
import com.llmresale.pricing.engine.MarginReport.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code pricing margin} as JSON: the token mix, the credit value, a line per model, the summary.
 */
final class MarginJson {
    private MarginJson() {}

    static Object json(MarginReport r) {
        List<Object> models = new ArrayList<>();
        for (Line m : r.models()) {
            Map<String, Object> o =
                    Json.obj(
                            "provider",
                            m.provider(),
                            "model",
                            m.model(),
                            "credits",
                            m.credits(),
                            "cost_per_request_usd",
                            m.costPerRequestUsd(),
                            "breakeven_usd_per_credit",
                            m.breakevenUsdPerCredit(),
                            "fair_credits",
                            m.fairCredits(),
                            "margin_per_request_usd",
                            m.marginPerRequestUsd(),
                            "margin_pct",
                            m.marginPct(),
                            "below_cost",
                            m.belowCost(),
                            "input_usd_per_mtok",
                            m.inputUsdPerMtok(),
                            "output_usd_per_mtok",
                            m.outputUsdPerMtok(),
                            "tokens_per_request",
                            m.tokensPerRequest(),
                            "input_share",
                            m.inputShare(),
                            "mix_usd_per_mtok",
                            m.mixUsdPerMtok(),
                            "cost_per_credit_vs_baseline_pct",
                            m.costPerCreditVsBaselinePct(),
                            "charge",
                            MarginView.charge(m),
                            "pinned",
                            m.pinned());
            if (m.requests() != null) {
                o.put("requests", m.requests());
            }
            models.add(o);
        }
        MarginReport.Summary s = r.summary();
        return Json.obj(
                "token_mix",
                        Json.obj(
                                "tokens_per_request",
                                r.mix().tokensPerRequest(),
                                "input_share",
                                r.mix().inputShare(),
                                "source",
                                Words.ENGLISH.phrase(r.mix().source())),
                "credit_value_usd", r.creditValue() == null ? null : r.creditValue().usd(),
                "credit_value_source",
                        r.creditValue() == null
                                ? null
                                : Words.ENGLISH.phrase(r.creditValue().source()),
                "baseline", PriceRowColumns.baselineJson(r.baseline()),
                "models", models,
                "summary",
                        Json.obj(
                                "models",
                                s.models(),
                                "below_baseline",
                                s.belowBaseline(),
                                "at_baseline",
                                s.atBaseline(),
                                "above_baseline",
                                s.aboveBaseline(),
                                "under_charged",
                                s.underCharged(),
                                "over_charged",
                                s.overCharged(),
                                "below_cost",
                                s.belowCost(),
                                "baseline_usd_per_credit",
                                s.baselineUsdPerCredit(),
                                "text",
                                MarginView.summaryLine(r)),
                "unlisted", r.unlisted().stream().map(Words.ENGLISH::phrase).toList(),
                "notes", r.notes().stream().map(Words.ENGLISH::phrase).toList());
    }
}
