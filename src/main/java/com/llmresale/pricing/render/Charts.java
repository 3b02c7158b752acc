package com.llmresale.pricing.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

/**
 * The chart kinds of the HTML format, each a {@link Doc.Chart} from exact values: horizontal bars
 * (also floating, for a waterfall), columns over time, one stacked bar, a dumbbell of old against
 * new, dots on lanes (a spread) and a heat map. Values are placed by a {@link Scale} and rounded
 * only when written ({@link Svg}). Views pick the values and the words.
 */
final class Charts {
    static final int PLOT = 420;
    private static final int ROW = 22;
    private static final int CHAR =
            8; // a wide character of the 12px sans-serif chart text (capitals too)
    private static final int MAX_LABEL = 44;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Charts() {}

    /**
     * A bar from {@code from} to {@code to} (from 0 for an ordinary bar); {@code group}, when not
     * null, is written as a heading above the first bar of each group; {@code cls} adds CSS
     * classes.
     */
    record Bar(
            String group, String label, BigDecimal from, BigDecimal to, String text, String cls) {
        static Bar of(String label, BigDecimal value, String text) {
            return new Bar(null, label, BigDecimal.ZERO, value, text, "");
        }

        Bar in(String groupName) {
            return new Bar(groupName, label, from, to, text, cls);
        }

        Bar marked(String classes) {
            return new Bar(group, label, from, to, text, classes);
        }

        BigDecimal high() {
            return from.max(to);
        }
    }

    /** A value marked across the chart by a dashed line: a budget, an alarm. */
    record Reference(BigDecimal value, String label) {}

    private static BigDecimal max(List<Bar> bars, Reference ref) {
        BigDecimal max = ref == null ? BigDecimal.ZERO : ref.value();
        for (Bar b : bars) {
            max = max.max(b.high());
        }
        return max;
    }

    /** Horizontal bars on a linear scale from 0, the values written beside them. */
    static Doc.Chart bars(
            String caption, List<Bar> bars, Function<BigDecimal, String> tick, Reference ref) {
        if (bars.isEmpty()) {
            return null;
        }
        int labels = labelWidth(bars.stream().map(Bar::label).toList());
        int x0 = labels + 10;
        int top = ref == null ? 8 : 24;
        int rows =
                (int)
                        (bars.size()
                                + bars.stream()
                                        .map(Bar::group)
                                        .filter(g -> g != null)
                                        .distinct()
                                        .count());
        int bottom = top + rows * ROW;
        int width = x0 + PLOT + valueWidth(bars.stream().map(Bar::text).toList());
        Scale.Linear scale = Scale.linear(max(bars, ref), x0, x0 + PLOT);
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
                y += ROW;
            }
            BigDecimal from = scale.at(b.from());
            BigDecimal to = scale.at(b.to());
            svg.text("label", Svg.px(x0 - 6), Svg.px(y + 15), "end", shortened(b.label()));
            svg.rect(
                    ("bar " + b.cls()).strip(),
                    from,
                    Svg.px(y + 4),
                    to.subtract(from),
                    Svg.px(ROW - 8),
                    null,
                    b.label() + ": " + b.text());
            svg.text("value", scale.at(b.high()).add(Svg.px(5)), Svg.px(y + 15), "start", b.text());
            y += ROW;
        }
        svg.line("axis", Svg.px(x0), Svg.px(bottom), Svg.px(x0 + PLOT), Svg.px(bottom), null);
        if (ref != null) {
            BigDecimal x = scale.at(ref.value());
            svg.line("ref", x, Svg.px(top - 4), x, Svg.px(bottom), ref.label());
            boolean right = x.compareTo(Svg.px(x0 + PLOT / 2)) > 0;
            svg.text("ref-label", x, Svg.px(top - 8), right ? "end" : "start", ref.label());
        }
        return new Doc.Chart(caption, svg.build());
    }

    /** Columns in order (days), a tick label under every few, the values on a left axis. */
    static Doc.Chart columns(
            String caption, List<Bar> columns, Function<BigDecimal, String> tick, Reference ref) {
        if (columns.isEmpty()) {
            return null;
        }
        int left = 70;
        int plot = 560;
        int top = 20;
        int bottom = 220;
        Scale.Linear scale = Scale.linear(max(columns, ref), bottom, top);
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

    /** One bar of {@code segments} end to end (shares of a whole), with a legend under it. */
    static Doc.Chart stacked(String caption, List<Bar> segments) {
        if (segments.isEmpty()) {
            return null;
        }
        int plot = 560;
        BigDecimal total = segments.stream().map(Bar::to).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() <= 0) {
            return null;
        }
        Scale.Linear scale = new Scale.Linear(total, total, Svg.px(10), Svg.px(10 + plot));
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

    /** A model's credits before and after: two dots joined by a line, on the tiers' log scale. */
    record Move(String label, long from, long to, String text) {}

    static Doc.Chart dumbbell(String caption, String fromName, String toName, List<Move> moves) {
        if (moves.isEmpty()) {
            return null;
        }
        int x0 = labelWidth(moves.stream().map(Move::label).toList()) + 10;
        int top = 28;
        int bottom = top + moves.size() * ROW;
        long max = moves.stream().mapToLong(m -> Math.max(m.from(), m.to())).max().orElse(1);
        Scale.Log scale = Scale.Log.of(max, x0, x0 + PLOT);
        Svg svg =
                new Svg(
                        "chart-dumbbell",
                        x0 + PLOT + valueWidth(moves.stream().map(Move::text).toList()),
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
            BigDecimal mid = Svg.px(y + ROW / 2);
            String tip = m.label() + ": " + m.text();
            svg.text("label", Svg.px(x0 - 6), Svg.px(y + 15), "end", shortened(m.label()));
            svg.line("move " + (m.to() >= m.from() ? "up" : "down"), a, mid, b, mid, tip);
            svg.circle("dot old", a, mid, Svg.px(4), fromName + " " + m.from());
            svg.circle("dot new", b, mid, Svg.px(5), toName + " " + m.to());
            svg.text("value", a.max(b).add(Svg.px(9)), Svg.px(y + 15), "start", m.text());
            y += ROW;
        }
        svg.line("axis", Svg.px(x0), Svg.px(bottom), Svg.px(x0 + PLOT), Svg.px(bottom), null);
        return new Doc.Chart(caption, svg.build());
    }

    private static void legendDot(Svg svg, int x, String cls, String name) {
        svg.circle("dot " + cls, Svg.px(x + 5), Svg.px(12), Svg.px(5), null);
        svg.text("label", Svg.px(x + 14), Svg.px(16), "start", name);
    }

    /**
     * A lane of dots: its band from {@code low} to {@code high} (null: open-ended) and one dot per
     * item.
     */
    record Lane(String label, long low, Long high, List<Dot> dots) {}

    record Dot(long value, String tip) {}

    /** Dots on lanes on the tiers' log scale: where each lane's items fall, against its band. */
    static Doc.Chart strip(String caption, List<Lane> lanes, long max) {
        if (lanes.isEmpty()) {
            return null;
        }
        int lane = 30;
        int x0 = labelWidth(lanes.stream().map(Lane::label).toList()) + 10;
        int top = 8;
        int bottom = top + lanes.size() * lane;
        Scale.Log scale = Scale.Log.of(max, x0, x0 + PLOT);
        Svg svg = new Svg("chart-strip", x0 + PLOT + 30, bottom + 26, caption);
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
                            ? Svg.px(x0 + PLOT)
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
        svg.line("axis", Svg.px(x0), Svg.px(bottom), Svg.px(x0 + PLOT), Svg.px(bottom), null);
        return new Doc.Chart(caption, svg.build());
    }

    /**
     * A heat map: rows down, columns across, each cell coloured by its value (green above 0, red
     * below, stronger further from 0) and labelled with its text; null values leave a cell empty.
     */
    static Doc.Chart heatMap(
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
        int x0 = labelWidth(rows) + 10;
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
            hex.append(String.format(java.util.Locale.ROOT, "%02x", channel));
        }
        return hex.toString();
    }

    /** Pixels right of the plot for the longest value text. */
    private static int valueWidth(List<String> texts) {
        return 20
                + CHAR
                        * texts.stream()
                                .mapToInt(t -> t.codePointCount(0, t.length()))
                                .max()
                                .orElse(4);
    }

    /** Pixels for the longest label (at most {@value #MAX_LABEL} characters are written). */
    private static int labelWidth(List<String> labels) {
        int chars =
                labels.stream()
                        .mapToInt(l -> Math.min(MAX_LABEL, l.codePointCount(0, l.length())))
                        .max()
                        .orElse(4);
        return Math.max(60, chars * CHAR);
    }

    /**
     * A label cut to {@value #MAX_LABEL} characters (the mark's tooltip and the table keep it
     * whole).
     */
    static String shortened(String label) {
        if (label.codePointCount(0, label.length()) <= MAX_LABEL) {
            return label;
        }
        return label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
    }
}
