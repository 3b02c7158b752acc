package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.LeverWaterfall;
import com.llmresale.pricing.engine.ScenarioReport;
import java.math.BigDecimal;

/**
 * The scenario page's levers: the cost before, each lever's step with its saving (the rounded
 * costs' difference, {@link ScenarioView#saving}) and the users the budget then covers.
 */
final class ScenarioLeverSection {
    private ScenarioLeverSection() {}

    static void add(Doc.Builder doc, ScenarioReport r, ScenarioWords x, boolean html) {
        LeverWaterfall l = r.levers();
        doc.heading(x.t("levers"));
        if (html) {
            doc.chart(ScenarioCharts.waterfall(r, x.w));
        }
        Grid.Builder g =
                Grid.builder(
                        x.text("step"),
                        x.number("setting"),
                        x.number("cost"),
                        x.number("saving"),
                        x.number("users_covered"),
                        x.text("what_it_does"));
        g.row(
                x.t("before"),
                "",
                x.usd(l.beforeUsd()),
                "",
                x.count(l.usersBefore()),
                x.t("no_lever"));
        BigDecimal previous = l.beforeUsd();
        for (LeverWaterfall.Step step : l.steps()) {
            BigDecimal saving = ScenarioView.saving(previous, step.costUsd());
            g.row(
                    step.lever(),
                    x.plain(step.setting()),
                    x.usd(step.costUsd()),
                    (saving.signum() > 0 ? "-" : "") + x.f.usd(saving),
                    x.count(step.usersWithinBudget()),
                    x.w.phrase(step.note()));
            previous = step.costUsd();
        }
        doc.grid(g.build());
        doc.paragraph(
                x.t("levers_after", x.usd(r.costBudgetUsd()), x.count(l.usersAfter()), more(l, x)));
    }

    /** How many more users the levers cover; "unlimited" when either end is. */
    private static String more(LeverWaterfall l, ScenarioWords x) {
        if (l.usersAfter() == Long.MAX_VALUE || l.usersBefore() == Long.MAX_VALUE) {
            return x.w.get("word.unlimited");
        }
        return x.f.count(l.usersAfter() - l.usersBefore());
    }
}
