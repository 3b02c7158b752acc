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
    private ScenarioCharts() {
    }

    private static String tick(BigDecimal v) {
        return Text.usd(v.stripTrailingZeros().scale() <= 0 ? v.setScale(0) : v);
    }

    /** Revenue split into each model's share of the cost budget and the gross margin. */
    static Doc.Chart budgetSplit(ScenarioReport r) {
        List<Charts.Bar> segments = new ArrayList<>();
        for (ScenarioReport.MixLine m : r.mix()) {
            segments.add(Charts.Bar.of(m.entry().alias() + " budget", m.budgetUsd(), ScenarioView.usd(m.budgetUsd())));
        }
        segments.add(Charts.Bar.of("gross margin", r.grossMarginUsd(), ScenarioView.usd(r.grossMarginUsd()))
                .marked("margin"));
        return Charts.stacked("The revenue (" + ScenarioView.usd(r.revenueUsd())
                + ") split: each model's share of the cost budget, and the gross margin", segments);
    }

    /** The cost budget beside the worst case, for all users and per model of the mix. */
    static Doc.Chart worstCase(ScenarioReport r) {
        ScenarioReport.WorstCase w = r.worstCase();
        List<Charts.Bar> bars = new ArrayList<>();
        bars.add(Charts.Bar.of("cost budget", r.costBudgetUsd(), ScenarioView.usd(r.costBudgetUsd()))
                .in("all users").marked("budget"));
        bars.add(Charts.Bar.of("worst case", w.costUsd(), ScenarioView.usd(w.costUsd())
                + (w.overBudget() ? " (over budget)" : "")).in("all users").marked(w.overBudget() ? "over" : ""));
        for (ScenarioReport.MixLine m : r.mix()) {
            boolean over = m.worstCaseUsd().compareTo(m.budgetUsd()) > 0;
            String alias = m.entry().alias();
            bars.add(Charts.Bar.of("budget share", m.budgetUsd(), ScenarioView.usd(m.budgetUsd())).in(alias)
                    .marked("budget"));
            bars.add(Charts.Bar.of("worst case", m.worstCaseUsd(), ScenarioView.usd(m.worstCaseUsd())
                    + (over ? " (over its share)" : "")).in(alias).marked(over ? "over" : ""));
        }
        return Charts.bars("The worst case (every user at the full token cap) against the budget, per month", bars,
                ScenarioCharts::tick, null);
    }

    /** The worst-case month before the levers, after each one in order, and after all, with the budget line. */
    static Doc.Chart waterfall(ScenarioReport r) {
        LeverWaterfall l = r.levers();
        List<Charts.Bar> bars = new ArrayList<>();
        bars.add(Charts.Bar.of("before", l.beforeUsd(), ScenarioView.usd(l.beforeUsd())));
        BigDecimal previous = l.beforeUsd();
        for (LeverWaterfall.Step step : l.steps()) {
            BigDecimal saving = ScenarioView.saving(previous, step.costUsd());
            bars.add(new Charts.Bar(null, step.lever(), previous, step.costUsd(),
                    (saving.signum() > 0 ? "-" : "+") + Text.usd(saving.abs()) + " to "
                            + ScenarioView.usd(step.costUsd()), saving.signum() >= 0 ? "saving" : "worse"));
            previous = step.costUsd();
        }
        bars.add(Charts.Bar.of("after", l.afterUsd(), ScenarioView.usd(l.afterUsd())));
        return Charts.bars("Cost levers: the worst-case month, lever by lever", bars, ScenarioCharts::tick,
                new Charts.Reference(r.costBudgetUsd(), "budget " + ScenarioView.usd(r.costBudgetUsd())));
    }

    /** Worst-case margin % over users (down) and price per user (across): green a profit, red a loss. */
    static Doc.Chart heatMap(SensitivityReport r) {
        List<Integer> users = r.cells().stream().map(SensitivityReport.Cell::users).distinct().sorted().toList();
        List<BigDecimal> prices = r.cells().stream().map(SensitivityReport.Cell::pricePerUser).distinct()
                .sorted().toList();
        List<BigDecimal> distinctPrices = new ArrayList<>();
        for (BigDecimal p : prices) {
            if (distinctPrices.isEmpty() || distinctPrices.get(distinctPrices.size() - 1).compareTo(p) != 0) {
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
        return Charts.heatMap("Worst-case gross margin, % of revenue: users (down) by price per user (across)",
                users.stream().map(u -> u + " users").toList(),
                distinctPrices.stream().map(p -> p.toPlainString() + " " + r.currency()).toList(), values, texts);
    }
}
