package com.llmresale.pricing.render;

import com.llmresale.pricing.render.Charts.Bar;
import com.llmresale.pricing.render.Charts.Reference;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** Columns in order (days), a tick label under every few, the values on a left axis. */
final class ColumnChart {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ColumnChart() {}

    static Doc.Chart draw(
            String caption, List<Bar> columns, Function<BigDecimal, String> tick, Reference ref) {
        if (columns.isEmpty()) {
            return null;
        }
        int left = 70;
        int plot = 560;
        int top = 20;
        int bottom = 220;
        Scale.Linear scale = Scale.linear(Charts.max(columns, ref), bottom, top);
        Svg svg = new Svg("chart-columns", left + plot + 20, bottom + 30, caption);
        for (BigDecimal t : scale.ticks()) {
            BigDecimal y = scale.at(t);
            svg.line("grid", Svg.px(left), y, Svg.px(left + plot), y, null);
            svg.text("tick", Svg.px(left - 6), y.add(Svg.px(4)), "end", tick.apply(t));
        }
        BigDecimal step = Svg.px(plot).divide(BigDecimal.valueOf(columns.size()), Scale.MC);
        BigDecimal gap = step.min(Svg.px(20)).multiply(new BigDecimal("0.15"));
        int every = (columns.size() + 7) / 8;
        for (int i = 0; i < columns.size(); i++) {
            Bar c = columns.get(i);
            BigDecimal x = Svg.px(left).add(step.multiply(BigDecimal.valueOf(i)));
            BigDecimal y = scale.at(c.to());
            svg.rect(
                    ("bar " + c.cls()).strip(),
                    x.add(gap),
                    y,
                    step.subtract(gap.multiply(TWO)),
                    Svg.px(bottom).subtract(y),
                    null,
                    c.label() + ": " + c.text());
            if (i % every == 0) {
                svg.text(
                        "tick",
                        x.add(step.divide(TWO, Scale.MC)),
                        Svg.px(bottom + 16),
                        "middle",
                        c.label());
            }
        }
        svg.line("axis", Svg.px(left), Svg.px(bottom), Svg.px(left + plot), Svg.px(bottom), null);
        if (ref != null) {
            BigDecimal y = scale.at(ref.value());
            svg.line("ref", Svg.px(left), y, Svg.px(left + plot), y, ref.label());
            svg.text("ref-label", Svg.px(left + plot), y.subtract(Svg.px(5)), "end", ref.label());
        }
        return new Doc.Chart(caption, svg.build());
    }
}
