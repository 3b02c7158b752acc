package com.llmresale.pricing.render;

import com.llmresale.pricing.render.Charts.Dot;
import com.llmresale.pricing.render.Charts.Lane;
import java.math.BigDecimal;
import java.util.List;

/** Dots on lanes on the tiers' log scale: where each lane's items fall, against its band. */
final class StripChart {
    private StripChart() {}

    static Doc.Chart draw(String caption, List<Lane> lanes, long max) {
        if (lanes.isEmpty()) {
            return null;
        }
        int lane = 30;
        int plot = Charts.PLOT;
        int x0 = Charts.labelWidth(lanes.stream().map(Lane::label).toList()) + 10;
        int top = 8;
        int bottom = top + lanes.size() * lane;
        Scale.Log scale = Scale.Log.of(max, x0, x0 + plot);
        Svg svg = new Svg("chart-strip", x0 + plot + 30, bottom + 26, caption);
        for (BigDecimal t : scale.ticks()) {
            BigDecimal x = scale.at(t);
            svg.line("grid", x, Svg.px(top), x, Svg.px(bottom), null);
            svg.text("tick", x, Svg.px(bottom + 16), "middle", t.toPlainString());
        }
        int y = top;
        for (Lane l : lanes) {
            BigDecimal a = scale.at(BigDecimal.valueOf(Math.min(l.low(), Math.max(1, max))));
            BigDecimal b =
                    l.high() == null
                            ? Svg.px(x0 + plot)
                            : scale.at(BigDecimal.valueOf(Math.min(l.high(), max)));
            svg.rect(
                    "band",
                    a,
                    Svg.px(y + 4),
                    b.subtract(a).max(BigDecimal.ONE),
                    Svg.px(lane - 8),
                    null,
                    l.label()
                            + ": band "
                            + l.low()
                            + (l.high() == null ? "+" : "-" + l.high())
                            + " credits");
            svg.text("label", Svg.px(x0 - 6), Svg.px(y + 19), "end", l.label());
            int i = 0;
            for (Dot d : l.dots()) {
                int offset = (i++ % 3 - 1) * 5; // spread equal values a little, the same every time
                svg.circle(
                        "dot",
                        scale.at(BigDecimal.valueOf(d.value())),
                        Svg.px(y + lane / 2 + offset),
                        Svg.px(4),
                        d.tip());
            }
            y += lane;
        }
        svg.line("axis", Svg.px(x0), Svg.px(bottom), Svg.px(x0 + plot), Svg.px(bottom), null);
        return new Doc.Chart(caption, svg.build());
    }
}
