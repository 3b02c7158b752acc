package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.MarginReport;
import com.llmresale.pricing.engine.MarginReport.Line;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The chart of {@code pricing margin --format html}: each model's margin at the mix, in the table's
 * order. With a credit value, the margin per request as a % of its revenue (a loss to the left of
 * 0, in red); without one, what a credit of the model costs against a credit of the baseline (a
 * dearer credit, which earns less, to the right, in red).
 */
final class MarginChart {
    private MarginChart() {}

    static Doc.Chart of(MarginReport r, Words w) {
        boolean value = r.creditValue() != null;
        Fmt f = w.fmt();
        List<Charts.Bar> bars = new ArrayList<>();
        for (Line m : r.models()) {
            BigDecimal v = value ? m.marginPct() : m.costPerCreditVsBaselinePct();
            if (v == null) {
                continue; // a free model has no margin % and no cost per credit
            }
            boolean bad = value ? v.signum() < 0 : v.signum() > 0;
            bars.add(
                    Charts.Bar.of(
                                    m.provider() + ": " + m.model(),
                                    v,
                                    value ? f.percent(v) : f.signedPercent(v))
                            .marked(bad ? "over" : ""));
        }
        return Charts.bars(
                w.get(value ? "margin.chart.margin" : "margin.chart.vs_baseline"),
                bars,
                t -> f.signedPercent(t),
                null);
    }
}
