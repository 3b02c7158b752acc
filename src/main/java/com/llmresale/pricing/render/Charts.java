package com.llmresale.pricing.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The chart kinds of the HTML format, each a {@link Doc.Chart} from exact values: horizontal bars
 * (also floating, for a waterfall), columns over time, one stacked bar, a dumbbell of old against
 * new, dots on lanes (a spread) and a heat map. Values are placed by a {@link Scale} and rounded
 * only when written ({@link Svg}). Views pick the values and the words. This class holds what the
 * views pass in and the shared measures; each kind is drawn by a class of its own ({@link
 * BarChart}, {@link ColumnChart}, {@link StackedBarChart}, {@link DumbbellChart}, {@link
 * StripChart}, {@link HeatMapChart}).
 */
final class Charts {
    static final int PLOT = 420;
    static final int ROW = 22;
    private static final int CHAR =
            8; // a wide character of the 12px sans-serif chart text (capitals too)
    private static final int MAX_LABEL = 44;

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

        BigDecimal low() {
            return from.min(to);
        }
    }

    /** A value marked across the chart by a dashed line: a budget, an alarm. */
    record Reference(BigDecimal value, String label) {}

    /** The highest value to show: the bars' and the reference line's. */
    static BigDecimal max(List<Bar> bars, Reference ref) {
        BigDecimal max = ref == null ? BigDecimal.ZERO : ref.value();
        for (Bar b : bars) {
            max = max.max(b.high());
        }
        return max;
    }

    /** Horizontal bars on a linear scale from 0, the values written beside them. */
    static Doc.Chart bars(
            String caption, List<Bar> bars, Function<BigDecimal, String> tick, Reference ref) {
        return BarChart.draw(caption, bars, tick, ref);
    }

    /** Columns in order (days), a tick label under every few, the values on a left axis. */
    static Doc.Chart columns(
            String caption, List<Bar> columns, Function<BigDecimal, String> tick, Reference ref) {
        return ColumnChart.draw(caption, columns, tick, ref);
    }

    /** One bar of {@code segments} end to end (shares of a whole), with a legend under it. */
    static Doc.Chart stacked(String caption, List<Bar> segments) {
        return StackedBarChart.draw(caption, segments);
    }

    /** A model's credits before and after: two dots joined by a line, on the tiers' log scale. */
    record Move(String label, long from, long to, String text) {}

    static Doc.Chart dumbbell(String caption, String fromName, String toName, List<Move> moves) {
        return DumbbellChart.draw(caption, fromName, toName, moves);
    }

    /**
     * A lane of dots: its band from {@code low} to {@code high} (null: open-ended) and one dot per
     * item.
     */
    record Lane(String label, long low, Long high, List<Dot> dots) {}

    record Dot(long value, String tip) {}

    /** Dots on lanes on the tiers' log scale: where each lane's items fall, against its band. */
    static Doc.Chart strip(String caption, List<Lane> lanes, long max) {
        return StripChart.draw(caption, lanes, max);
    }

    /** A heat map of {@code values} ({@link HeatMapChart}); null values leave a cell empty. */
    static Doc.Chart heatMap(
            String caption,
            List<String> rows,
            List<String> columns,
            BigDecimal[][] values,
            String[][] texts) {
        return HeatMapChart.draw(caption, rows, columns, values, texts);
    }

    /** Pixels right of the plot for the longest value text. */
    static int valueWidth(List<String> texts) {
        return 20
                + CHAR
                        * texts.stream()
                                .mapToInt(t -> t.codePointCount(0, t.length()))
                                .max()
                                .orElse(4);
    }

    /** Pixels for the longest label (at most {@value #MAX_LABEL} characters are written). */
    static int labelWidth(List<String> labels) {
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
