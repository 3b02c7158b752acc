package com.llmresale.pricing.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * A heat map: rows down, columns across, each cell coloured by its value (green above 0, red below,
 * stronger further from 0) and labelled with its text; null values leave a cell empty.
 */
final class HeatMapChart {
    private HeatMapChart() {}

    static Doc.Chart draw(
            String caption,
            List<String> rows,
            List<String> columns,
            BigDecimal[][] values,
            String[][] texts) {
        if (rows.isEmpty() || columns.isEmpty()) {
            return null;
        }
        int cw = 96;
        int ch = 28;
        int x0 = Charts.labelWidth(rows) + 10;
        int y0 = 24;
        BigDecimal maxAbs = BigDecimal.ZERO;
        for (BigDecimal[] row : values) {
            for (BigDecimal v : row) {
                maxAbs = v == null ? maxAbs : maxAbs.max(v.abs());
            }
        }
        Svg svg =
                new Svg(
                        "chart-heat",
                        x0 + columns.size() * cw + 10,
                        y0 + rows.size() * ch + 10,
                        caption);
        for (int c = 0; c < columns.size(); c++) {
            svg.text("tick", Svg.px(x0 + c * cw + cw / 2), Svg.px(16), "middle", columns.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            int y = y0 + r * ch;
            svg.text("label", Svg.px(x0 - 6), Svg.px(y + 18), "end", rows.get(r));
            for (int c = 0; c < columns.size(); c++) {
                BigDecimal v = values[r][c];
                if (v == null) {
                    continue;
                }
                int x = x0 + c * cw;
                svg.rect(
                        "cell " + (v.signum() < 0 ? "neg" : "pos"),
                        Svg.px(x),
                        Svg.px(y),
                        Svg.px(cw - 2),
                        Svg.px(ch - 2),
                        heat(v, maxAbs),
                        rows.get(r) + ", " + columns.get(c) + ": " + texts[r][c]);
                svg.text("cell-text", Svg.px(x + cw / 2), Svg.px(y + 18), "middle", texts[r][c]);
            }
        }
        return new Doc.Chart(caption, svg.build());
    }

    /** White blended towards green (above 0) or red (below), by |v| / maxAbs, at most 70%. */
    static String heat(BigDecimal v, BigDecimal maxAbs) {
        int[] target = v.signum() < 0 ? new int[] {214, 39, 40} : new int[] {44, 160, 44};
        BigDecimal k =
                maxAbs.signum() == 0
                        ? BigDecimal.ZERO
                        : v.abs().divide(maxAbs, Scale.MC).multiply(new BigDecimal("0.7"));
        StringBuilder hex = new StringBuilder("#");
        for (int t : target) {
            int channel =
                    BigDecimal.valueOf(255)
                            .subtract(k.multiply(BigDecimal.valueOf(255 - t)))
                            .setScale(0, RoundingMode.HALF_UP)
                            .intValueExact();
            hex.append(String.format(Locale.ROOT, "%02x", channel));
        }
        return hex.toString();
    }
}
