package com.llmresale.pricing.render;

import com.llmresale.pricing.render.Charts.Bar;
import java.math.BigDecimal;
import java.util.List;

/** One bar of segments end to end (shares of a whole), with a legend under it. */
final class StackedBarChart {
    private StackedBarChart() {}

    static Doc.Chart draw(String caption, List<Bar> segments) {
        if (segments.isEmpty()) {
            return null;
        }
        int plot = 560;
        BigDecimal total = segments.stream().map(Bar::to).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0) {
            return null;
        }
        Scale.Linear scale =
                new Scale.Linear(BigDecimal.ZERO, total, total, Svg.px(10), Svg.px(10 + plot));
        Svg svg = new Svg("chart-stacked", plot + 20, 48 + segments.size() * 20, caption);
        BigDecimal sum = BigDecimal.ZERO;
        int i = 0;
        for (Bar s : segments) {
            BigDecimal x = scale.at(sum);
            sum = sum.add(s.to());
            String cls = ("segment s" + (i % 6) + " " + s.cls()).strip();
            svg.rect(
                    cls,
                    x,
                    Svg.px(8),
                    scale.at(sum).subtract(x),
                    Svg.px(28),
                    null,
                    s.label() + ": " + s.text());
            int y = 48 + i * 20;
            svg.rect(cls, Svg.px(10), Svg.px(y), Svg.px(12), Svg.px(12), null, null);
            svg.text("label", Svg.px(28), Svg.px(y + 11), "start", s.label() + ": " + s.text());
            i++;
        }
        return new Doc.Chart(caption, svg.build());
    }
}
