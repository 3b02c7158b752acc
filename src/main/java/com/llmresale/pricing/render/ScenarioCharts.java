package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.LeverWaterfall;
import com.llmresale.pricing.engine.ScenarioReport;
import com.llmresale.pricing.engine.SensitivityReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The charts of {@code pricing scenario --format html}: the budget split, the worst case against
 * the budget, the lever waterfall and the sensitivity heat map. Amounts as the tables show them
 * ({@link ScenarioView#usd}).
 */
final class ScenarioCharts {
    private ScenarioCharts() {}

    /** Revenue split into each model's share of the cost budget and the gross margin. */
    static Doc.Chart budgetSplit(ScenarioReport r, Words w) {
        Fmt f = w.fmt();
        List<Charts.Bar> segments = new ArrayList<>();
        for (ScenarioReport.MixLine m : r.mix()) {
            segments.add(
                    Charts.Bar.of(
                            w.format("chart.model_budget", m.entry().alias()),
                            m.budgetUsd(),
                            f.usdCents(m.budgetUsd())));
        }
        segments.add(
                Charts.Bar.of(
                                w.get("chart.gross_margin"),
                                r.grossMarginUsd(),
                                f.usdCents(r.grossMarginUsd()))
                        .marked("margin"));
        return Charts.stacked(w.format("chart.split", f.usdCents(r.revenueUsd())), segments);
    }

    /** The cost budget beside the worst case, for all users and per model of the mix. */
    static Doc.Chart worstCase(ScenarioReport r, Words w) {
        Fmt f = w.fmt();
        ScenarioReport.WorstCase wc = r.worstCase();
        String all = w.get("chart.all_users");
        List<Charts.Bar> bars = new ArrayList<>();
        bars.add(
                Charts.Bar.of(
                                w.get("chart.cost_budget"),
                                r.costBudgetUsd(),
                                f.usdCents(r.costBudgetUsd()))
                        .in(all)
                        .marked("budget"));
        bars.add(
                Charts.Bar.of(
                                w.get("chart.worst_case"),
                                wc.costUsd(),
                                f.usdCents(wc.costUsd())
                                        + (wc.overBudget() ? " " + w.get("chart.over_budget") : ""))
                        .in(all)
                        .marked(wc.overBudget() ? "over" : ""));
        for (ScenarioReport.MixLine m : r.mix()) {
            boolean over = m.worstCaseUsd().compareTo(m.budgetUsd()) > 0;
            String alias = m.entry().alias();
            bars.add(
                    Charts.Bar.of(
                                    w.get("chart.budget_share"),
                                    m.budgetUsd(),
                                    f.usdCents(m.budgetUsd()))
                            .in(alias)
                            .marked("budget"));
            bars.add(
                    Charts.Bar.of(
                                    w.get("chart.worst_case"),
                                    m.worstCaseUsd(),
                                    f.usdCents(m.worstCaseUsd())
                                            + (over ? " " + w.get("chart.over_share") : ""))
                            .in(alias)
                            .marked(over ? "over" : ""));
        }
        return Charts.bars(w.get("chart.worst_case_caption"), bars, v -> tick(v, f), null);
    }

    private static String tick(BigDecimal v, Fmt f) {
        return f.usd(v.stripTrailingZeros().scale() <= 0 ? v.setScale(0) : v);
    }

    /**
     * The worst-case month before the levers, after each one in order, and after all, with the
     * budget line.
     */
    static Doc.Chart waterfall(ScenarioReport r, Words w) {
        Fmt f = w.fmt();
        LeverWaterfall l = r.levers();
        List<Charts.Bar> bars = new ArrayList<>();
        bars.add(Charts.Bar.of(w.get("scenario.before"), l.beforeUsd(), f.usdCents(l.beforeUsd())));
        BigDecimal previous = l.beforeUsd();
        for (LeverWaterfall.Step step : l.steps()) {
            BigDecimal saving = ScenarioView.saving(previous, step.costUsd());
            bars.add(
                    new Charts.Bar(
                            null,
                            step.lever(),
                            previous,
                            step.costUsd(),
                            w.format(
                                    "chart.step",
                                    (saving.signum() > 0 ? "-" : "+") + f.usd(saving.abs()),
                                    f.usdCents(step.costUsd())),
                            saving.signum() >= 0 ? "saving" : "worse"));
            previous = step.costUsd();
        }
        bars.add(Charts.Bar.of(w.get("chart.after"), l.afterUsd(), f.usdCents(l.afterUsd())));
        return Charts.bars(
                w.get("chart.levers_caption"),
                bars,
                v -> tick(v, f),
                new Charts.Reference(
                        r.costBudgetUsd(),
                        w.format("chart.budget_line", f.usdCents(r.costBudgetUsd()))));
    }

    /**
     * Worst-case margin % over users (down) and price per user (across): green a profit, red a
     * loss.
     */
    static Doc.Chart heatMap(SensitivityReport r) {
        List<Integer> users =
                r.cells().stream().map(SensitivityReport.Cell::users).distinct().sorted().toList();
        List<BigDecimal> prices =
                r.cells().stream()
                        .map(SensitivityReport.Cell::pricePerUser)
                        .distinct()
                        .sorted()
                        .toList();
        List<BigDecimal> distinctPrices = new ArrayList<>();
        for (BigDecimal p : prices) {
            if (distinctPrices.isEmpty()
                    || distinctPrices.get(distinctPrices.size() - 1).compareTo(p) != 0) {
                distinctPrices.add(p);
            }
        }
        BigDecimal[][] values = new BigDecimal[users.size()][distinctPrices.size()];
        String[][] texts = new String[users.size()][distinctPrices.size()];
        for (SensitivityReport.Cell c : r.cells()) {
            int row = users.indexOf(c.users());
            int col = 0;
            while (distinctPrices.get(col).compareTo(c.pricePerUser()) != 0) {
                col++;
            }
            BigDecimal pct = ScenarioView.pct(c.marginShare());
            values[row][col] = pct;
            texts[row][col] = pct.toPlainString() + "%";
        }
        return Charts.heatMap(
                "Worst-case gross margin, % of revenue: users (down) by price per user (across)",
                users.stream().map(u -> u + " users").toList(),
                distinctPrices.stream().map(p -> p.toPlainString() + " " + r.currency()).toList(),
                values,
                texts);
    }
}
