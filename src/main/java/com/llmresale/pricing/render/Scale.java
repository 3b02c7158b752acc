package com.llmresale.pricing.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Maps data values to pixels along one axis, exactly (BigDecimal); the drawing rounds. */
sealed interface Scale {
    MathContext MC = MathContext.DECIMAL64;

    /** The pixel of {@code value}. */
    BigDecimal at(BigDecimal value);

    /** The values the axis labels. */
    List<BigDecimal> ticks();

    /**
     * From 0 to a round number at or above {@code max} (1, 2, 2.5 or 5 times a power of ten), drawn
     * from pixel {@code from} to {@code to}; ticks every fifth or quarter of it.
     */
    static Linear linear(BigDecimal max, int from, int to) {
        BigDecimal top = BigDecimal.ONE;
        BigDecimal step = new BigDecimal("0.2");
        if (max != null && max.signum() > 0) {
            int exponent = max.precision() - max.scale() - 1; // floor(log10(max))
            BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(exponent);
            String[][] steps = {
                {"1", "0.2"}, {"2", "0.5"}, {"2.5", "0.5"}, {"5", "1"}, {"10", "2"}
            };
            for (String[] s : steps) {
                top = new BigDecimal(s[0]).multiply(unit);
                step = new BigDecimal(s[1]).multiply(unit);
                if (top.compareTo(max) >= 0) {
                    break;
                }
            }
        }
        return new Linear(BigDecimal.ZERO, top, step, Svg.px(from), Svg.px(to));
    }

    /**
     * From a multiple of the step at or below {@code min} (0 when {@code min} is not negative) to
     * one at or above {@code max}, the step that {@link #linear} picks for the larger of the two
     * sides: losses to the left of 0, gains to the right.
     */
    static Linear signed(BigDecimal min, BigDecimal max, int from, int to) {
        BigDecimal low = min.min(BigDecimal.ZERO).negate();
        BigDecimal high = max.max(BigDecimal.ZERO);
        Linear wider = linear(low.max(high), from, to);
        BigDecimal step = wider.step();
        BigDecimal bottom =
                low.divide(step, 0, java.math.RoundingMode.CEILING).multiply(step).negate();
        BigDecimal top = high.divide(step, 0, java.math.RoundingMode.CEILING).multiply(step);
        if (top.signum() == 0 && bottom.signum() == 0) {
            top = step;
        }
        return new Linear(bottom, top, step, Svg.px(from), Svg.px(to));
    }

    /** {@code bottom} to {@code top} on pixels {@code from} to {@code to}. */
    record Linear(
            BigDecimal bottom, BigDecimal top, BigDecimal step, BigDecimal from, BigDecimal to)
            implements Scale {
        @Override
        public BigDecimal at(BigDecimal value) {
            return from.add(
                    value.subtract(bottom)
                            .multiply(to.subtract(from))
                            .divide(top.subtract(bottom), MC));
        }

        @Override
        public List<BigDecimal> ticks() {
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal t = bottom; t.compareTo(top) <= 0; t = t.add(step)) {
                ticks.add(t);
            }
            return ticks;
        }
    }

    /**
     * Logarithmic like the table's tier bars ({@link TiersView#bar}): the length of {@code v} is
     * log2(1 + v) / log2(1 + max), in the same fixed-point log, so 0 is at {@code from}.
     */
    record Log(long max, BigDecimal from, BigDecimal to) implements Scale {
        static Log of(long max, int from, int to) {
            return new Log(Math.max(1, max), Svg.px(from), Svg.px(to));
        }

        @Override
        public BigDecimal at(BigDecimal value) {
            long v = Math.max(0, value.longValue());
            BigDecimal share =
                    BigDecimal.valueOf(TiersView.log2Fixed(v + 1L))
                            .divide(BigDecimal.valueOf(TiersView.log2Fixed(max + 1L)), MC);
            return from.add(share.multiply(to.subtract(from)));
        }

        /** 1, 10, 100, ... up to the maximum. */
        @Override
        public List<BigDecimal> ticks() {
            List<BigDecimal> ticks = new ArrayList<>();
            for (long t = 1; t <= max; t *= 10) {
                ticks.add(BigDecimal.valueOf(t));
            }
            return ticks;
        }
    }
}
