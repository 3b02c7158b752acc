package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.ScenarioReport;

/** The scenario page's capacity: what the budget buys, the worst case and the break-even prices. */
final class ScenarioCapacitySection {
    private ScenarioCapacitySection() {}

    static void add(Doc.Builder doc, ScenarioReport r, ScenarioWords x, boolean html) {
        Fmt f = x.f;
        ScenarioReport.WorstCase wc = r.worstCase();
        ScenarioReport.BreakEven b = r.breakEven();
        doc.heading(x.t("capacity"));
        Grid.Builder cap = Grid.builder(x.text("item"), x.number("value"), x.text("how"));
        cap.row(
                x.t("blended_price"),
                x.t("per_mtok", f.usd(r.blendedUsdPerMtok())),
                x.t("blended_price.how"));
        cap.row(x.t("budget_buys"), x.count(r.tokensBudgetBuys()), x.t("budget_buys.how"));
        cap.row(x.t("limits_allow"), f.count(r.totalTokens()), x.t("limits_allow.how"));
        cap.row(x.t("worst_case_cost"), x.usd(wc.costUsd()), x.t("worst_case_cost.how"));
        cap.row(
                wc.overBudget() ? x.t("over_budget_by") : x.t("under_budget_by"),
                x.usd(wc.overBudgetUsd().abs()),
                "");
        cap.row(
                x.t("worst_case_margin"),
                x.usd(wc.grossMarginUsd()) + " (" + f.share(wc.marginShare(), 1) + ")",
                x.t("worst_case_margin.how"));
        cap.row(
                x.t("target_price"),
                x.local(b.pricePerUserLocal()),
                x.t("target_price.how", f.share(r.scenario().costMargin(), 1)));
        cap.row(
                x.t("break_even_price"),
                x.local(b.zeroMarginPriceLocal()),
                x.t("break_even_price.how"));
        cap.row(x.t("users_covered"), x.count(b.usersWithinBudget()), x.t("users_covered.how"));
        cap.row(
                x.t("allowance_cap"),
                x.count(b.tokensPerUserWithinAllowance()),
                x.t("allowance_cap.how"));
        if (html) {
            doc.chart(ScenarioCharts.worstCase(r, x.w));
        }
        doc.grid(cap.build());
    }
}
