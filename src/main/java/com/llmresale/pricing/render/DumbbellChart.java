package com.llmresale.pricing.render;

import com.llmresale.pricing.render.Charts.Move;
import java.math.BigDecimal;
import java.util.List;

/** Each model's credits before and after: two dots joined by a line, on the tiers' log scale. */
final class DumbbellChart {
    private DumbbellChart() {}

    static Doc.Chart draw(String caption, String fromName, String toName, List<Move> moves) {
        if (moves.isEmpty()) {
            return null;
        }
        int row = Charts.ROW;
        int plot = Charts.PLOT;
        int x0 = Charts.labelWidth(moves.stream().map(Move::label).toList()) + 10;
        int top = 28;
        int bottom = top + moves.size() * row;
        long max = moves.stream().mapToLong(m -> Math.max(m.from(), m.to())).max().orElse(1);
        Scale.Log scale = Scale.Log.of(max, x0, x0 + plot);
        Svg svg =
                new Svg(
                        "chart-dumbbell",
                        x0 + plot + Charts.valueWidth(moves.stream().map(Move::text).toList()),
                        bottom + 26,
                        caption);
        legendDot(svg, x0, "old", fromName);
        legendDot(svg, x0 + 120, "new", toName);
        for (BigDecimal t : scale.ticks()) {
            BigDecimal x = scale.at(t);
            svg.line("grid", x, Svg.px(top), x, Svg.px(bottom), null);
            svg.text("tick", x, Svg.px(bottom + 16), "middle", t.toPlainString());
        }
        int y = top;
        for (Move m : moves) {
            BigDecimal a = scale.at(BigDecimal.valueOf(m.from()));
            BigDecimal b = scale.at(BigDecimal.valueOf(m.to()));
            BigDecimal mid = Svg.px(y + row / 2);
            String tip = m.label() + ": " + m.text();
            svg.text("label", Svg.px(x0 - 6), Svg.px(y + 15), "end", Charts.shortened(m.label()));
            svg.line("move " + (m.to() >= m.from() ? "up" : "down"), a, mid, b, mid, tip);
            svg.circle("dot old", a, mid, Svg.px(4), fromName + " " + m.from());
            svg.circle("dot new", b, mid, Svg.px(5), toName + " " + m.to());
            svg.text("value", a.max(b).add(Svg.px(9)), Svg.px(y + 15), "start", m.text());
            y += row;
        }
        svg.line("axis", Svg.px(x0), Svg.px(bottom), Svg.px(x0 + plot), Svg.px(bottom), null);
        return new Doc.Chart(caption, svg.build());
    }

    private static void legendDot(Svg svg, int x, String cls, String name) {
        svg.circle("dot " + cls, Svg.px(x + 5), Svg.px(12), Svg.px(5), null);
        svg.text("label", Svg.px(x + 14), Svg.px(16), "start", name);
    }
}
