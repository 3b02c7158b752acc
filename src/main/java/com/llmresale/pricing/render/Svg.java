package com.llmresale.pricing.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Builds one SVG element: shapes at exact coordinates (BigDecimal, rounded to hundredths of a pixel
 * only here, when written), every text and tooltip through {@link Html#escape}. The element is an
 * image for assistive technology: {@code role="img"}, an {@code aria-label} and a {@code <title>};
 * each data mark carries its own {@code <title>} (a tooltip, no script needed).
 */
public final class Svg {
    private final StringBuilder out = new StringBuilder();

    /** Finished SVG markup; only {@link Svg} makes it, so what it holds was escaped. */
    public static final class Markup {
        private final String text;

        private Markup(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * @param cls the chart's CSS class (its kind: {@code chart-bars}, {@code chart-columns}, ...)
     * @param width in pixels
     * @param height in pixels
     * @param label what the chart shows, for people who cannot see it
     */
    public Svg(String cls, int width, int height, String label) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ")
                .append(Html.escape(cls))
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(Html.escape(label))
                .append("\">\n<title>")
                .append(Html.escape(label))
                .append("</title>\n");
    }

    /** A pixel coordinate as written: hundredths, HALF_UP, without trailing zeros. */
    static String px(BigDecimal value) {
        BigDecimal r = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.signum() == 0 ? BigDecimal.ZERO : r).toPlainString();
    }

    static BigDecimal px(long value) {
        return BigDecimal.valueOf(value);
    }

    /** A rectangle; a negative width or height is drawn from the other corner. */
    public Svg rect(
            String cls,
            BigDecimal x,
            BigDecimal y,
            BigDecimal w,
            BigDecimal h,
            String fill,
            String tip) {
        BigDecimal x0 = w.signum() < 0 ? x.add(w) : x;
        BigDecimal y0 = h.signum() < 0 ? y.add(h) : y;
        out.append("<rect class=\"")
                .append(Html.escape(cls))
                .append("\" x=\"")
                .append(px(x0))
                .append("\" y=\"")
                .append(px(y0))
                .append("\" width=\"")
                .append(px(w.abs()))
                .append("\" height=\"")
                .append(px(h.abs()))
                .append('"');
        fill(fill);
        close("rect", tip);
        return this;
    }

    public Svg line(
            String cls, BigDecimal x1, BigDecimal y1, BigDecimal x2, BigDecimal y2, String tip) {
        out.append("<line class=\"")
                .append(Html.escape(cls))
                .append("\" x1=\"")
                .append(px(x1))
                .append("\" y1=\"")
                .append(px(y1))
                .append("\" x2=\"")
                .append(px(x2))
                .append("\" y2=\"")
                .append(px(y2))
                .append('"');
        close("line", tip);
        return this;
    }

    public Svg circle(String cls, BigDecimal cx, BigDecimal cy, BigDecimal r, String tip) {
        out.append("<circle class=\"")
                .append(Html.escape(cls))
                .append("\" cx=\"")
                .append(px(cx))
                .append("\" cy=\"")
                .append(px(cy))
                .append("\" r=\"")
                .append(px(r))
                .append('"');
        close("circle", tip);
        return this;
    }

    /** Text; {@code anchor} is start, middle or end. */
    public Svg text(String cls, BigDecimal x, BigDecimal y, String anchor, String text) {
        out.append("<text class=\"")
                .append(Html.escape(cls))
                .append("\" x=\"")
                .append(px(x))
                .append("\" y=\"")
                .append(px(y))
                .append("\" text-anchor=\"")
                .append(Html.escape(anchor))
                .append("\">")
                .append(Html.escape(text))
                .append("</text>\n");
        return this;
    }

    private void fill(String fill) {
        if (fill != null) {
            out.append(" fill=\"").append(Html.escape(fill)).append('"');
        }
    }

    private void close(String element, String tip) {
        if (tip == null) {
            out.append("/>\n");
        } else {
            out.append("><title>")
                    .append(Html.escape(tip))
                    .append("</title></")
                    .append(element)
                    .append(">\n");
        }
    }

    public Markup build() {
        return new Markup(out + "</svg>");
    }
}
