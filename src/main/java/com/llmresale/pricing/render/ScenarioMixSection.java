package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.ScenarioReport;
import com.llmresale.pricing.model.MixEntry;
import java.math.BigDecimal;

/** The scenario page's model mix: each model's weight, budget, tokens, worst case and peaks. */
final class ScenarioMixSection {
    private ScenarioMixSection() {}

    static void add(Doc.Builder doc, ScenarioReport r, ScenarioWords x) {
        Fmt f = x.f;
        doc.heading(x.t("model_mix"));
        Grid.Builder mix =
                Grid.builder(
                        x.text("alias"),
                        x.text("model"),
                        x.number("weight"),
                        x.number("budget_share"),
                        x.number("usd_per_mtok"),
                        x.number("tokens_budget_buys"),
                        x.number("worst_case_traffic"),
                        x.number("peak_rpm"),
                        x.number("peak_tpm"));
        for (ScenarioReport.MixLine m : r.mix()) {
            MixEntry e = m.entry();
            mix.row(
                    e.alias(),
                    e.provider() + ":" + e.model(),
                    f.number(ScenarioView.plain(e.weight())),
                    x.usd(m.budgetUsd()),
                    f.price(m.usdPerMtok()),
                    x.count(m.tokensBudgetBuys()),
                    x.usd(m.worstCaseUsd()),
                    peak(f, m.peakRpm(), e.rpm()),
                    peak(f, m.peakTpm(), e.tpm()));
        }
        doc.grid(mix.build());
        doc.paragraph(x.t("weight_note"));
    }

    /** The peak rate against the provider's limit, "-" for none; empty when not known. */
    private static String peak(Fmt f, BigDecimal peak, Long limit) {
        if (peak == null) {
            return "";
        }
        return f.count(ScenarioView.whole(peak).longValueExact())
                + "/"
                + (limit == null ? "-" : f.count(limit));
    }
}
