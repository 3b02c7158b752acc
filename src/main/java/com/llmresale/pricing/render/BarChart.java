package com.llmresale.pricing.render;

import com.llmresale.pricing.render.Charts.Bar;
import com.llmresale.pricing.render.Charts.Reference;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/** Horizontal bars on a linear scale from 0 (also floating, for a waterfall), grouped or not. */
final class BarChart {
    private BarChart() {}

    static Doc.Chart draw(
            String caption, List<Bar> bars, Function<BigDecimal, String> tick, Reference ref) {
        if (bars.isEmpty()) {
            return null;
        }
        int labels = Charts.labelWidth(bars.stream().map(Bar::label).toList());
        BigDecimal min = bars.stream().map(Bar::low).reduce(BigDecimal.ZERO, BigDecimal::min);
        // a loss is drawn left of 0, its value written left of its bar
        int left = min.signum() < 0 ? Charts.valueWidth(bars.stream().map(Bar::text).toList()) : 0;
        int x0 = labels + 10 + left;
        int top = ref == null ? 8 : 24;
        int rows =
                (int)
                        (bars.size()
                                + bars.stream()
                                        .map(Bar::group)
                                        .filter(g -> g != null)
                                        .distinct()
                                        .count());
        int bottom = top + rows * Charts.ROW;
        int width = x0 + Charts.PLOT + Charts.valueWidth(bars.stream().map(Bar::text).toList());
        Scale.Linear scale =
                min.signum() < 0
                        ? Scale.signed(min, Charts.max(bars, ref), x0, x0 + Charts.PLOT)
                        : Scale.linear(Charts.max(bars, ref), x0, x0 + Charts.PLOT);
        Svg svg = new Svg("chart-bars", width, bottom + 26, caption);
        for (BigDecimal t : scale.ticks()) {
            String label = tick.apply(t);
            if (label.isEmpty()) {
                continue;
            }
            BigDecimal x = scale.at(t);
            svg.line("grid", x, Svg.px(top), x, Svg.px(bottom), null);
            svg.text("tick", x, Svg.px(bottom + 16), "middle", label);
        }
        int y = top;
        String group = null;
        for (Bar b : bars) {
            if (b.group() != null && !b.group().equals(group)) {
                group = b.group();
                svg.text("group", Svg.px(4), Svg.px(y + 15), "start", group);
                y += Charts.ROW;
            }
            BigDecimal from = scale.at(b.low());
            BigDecimal to = scale.at(b.high());
            svg.text(
                    "label",
                    Svg.px(x0 - 6 - left),
                    Svg.px(y + 15),
                    "end",
                    Charts.shortened(b.label()));
            svg.rect(
                    ("bar " + b.cls()).strip(),
                    from,
                    Svg.px(y + 4),
                    to.subtract(from),
                    Svg.px(Charts.ROW - 8),
                    null,
                    b.label() + ": " + b.text());
            if (b.high().signum() <= 0 && b.low().signum() < 0) {
                svg.text(
                        "value",
                        scale.at(b.low()).subtract(Svg.px(5)),
                        Svg.px(y + 15),
                        "end",
                        b.text());
            } else {
                svg.text(
                        "value",
                        scale.at(b.high()).add(Svg.px(5)),
                        Svg.px(y + 15),
                        "start",
                        b.text());
            }
            y += Charts.ROW;
        }
        svg.line(
                "axis", Svg.px(x0), Svg.px(bottom), Svg.px(x0 + Charts.PLOT), Svg.px(bottom), null);
        if (min.signum() < 0) {
            BigDecimal zero = scale.at(BigDecimal.ZERO);
            svg.line("axis", zero, Svg.px(top), zero, Svg.px(bottom), null);
        }
        if (ref != null) {
            BigDecimal x = scale.at(ref.value());
            svg.line("ref", x, Svg.px(top - 4), x, Svg.px(bottom), ref.label());
            boolean right = x.compareTo(Svg.px(x0 + Charts.PLOT / 2)) > 0;
            svg.text("ref-label", x, Svg.px(top - 8), right ? "end" : "start", ref.label());
        }
        return new Doc.Chart(caption, svg.build());
    }
}
