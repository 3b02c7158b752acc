package com.llmresale.pricing.engine.usage;

import java.math.BigDecimal;

/**
 * An exact sum of decimal amounts (LiteLLM's spend per row) without a BigDecimal per row: the
 * amounts are added as unscaled longs at the largest scale seen so far; what would overflow a long
 * goes into a BigDecimal, so the sum is always exact. Its scale is the largest of the amounts that
 * are not zero, as BigDecimal addition gives.
 */
final class SpendSum {
    private static final long[] POW = new long[19];

    static {
        POW[0] = 1;
        for (int i = 1; i < POW.length; i++) {
            POW[i] = POW[i - 1] * 10;
        }
    }

    private long units;
    private int scale;
    private BigDecimal spill;

    /** Adds {@code unscaled} x 10^-{@code amountScale} (scale not negative). */
    void add(long unscaled, int amountScale) {
        if (unscaled == 0) {
            return;
        }
        if (amountScale == scale) {
            long sum = units + unscaled;
            if (((units ^ sum) & (unscaled ^ sum)) >= 0) {
                units = sum;
                return;
            }
        }
        addSlow(unscaled, amountScale);
    }

    private void addSlow(long unscaled, int amountScale) {
        try {
            if (amountScale > scale) {
                if (units != 0) {
                    units = Math.multiplyExact(units, pow(amountScale - scale));
                }
                scale = amountScale;
                units = Math.addExact(units, unscaled);
            } else {
                units =
                        Math.addExact(
                                units, Math.multiplyExact(unscaled, pow(scale - amountScale)));
            }
        } catch (ArithmeticException tooBig) {
            spillIn(
                    BigDecimal.valueOf(
                            unscaled, amountScale)); // units and scale are still a consistent pair
        }
    }

    /** Adds an amount of any size or scale. */
    void add(BigDecimal amount) {
        if (amount.signum() == 0) {
            return;
        }
        if (amount.scale() >= 0 && amount.unscaledValue().bitLength() < 63) {
            add(amount.unscaledValue().longValue(), amount.scale());
        } else {
            spillIn(amount);
        }
    }

    private void spillIn(BigDecimal amount) {
        spill = spill == null ? amount : spill.add(amount);
    }

    /** Adds (sign 1) or subtracts (sign -1) another sum. */
    void add(SpendSum other, int sign) {
        BigDecimal o = other.value();
        set(sign > 0 ? value().add(o) : value().subtract(o));
    }

    private void set(BigDecimal v) {
        units = 0;
        scale = 0;
        spill = v;
    }

    /** The exact sum (zero, scale 0, when nothing but zeros was added). */
    BigDecimal value() {
        BigDecimal packed = BigDecimal.valueOf(units, scale);
        return spill == null ? packed : spill.add(packed);
    }

    private static long pow(int n) {
        if (n >= POW.length) {
            throw new ArithmeticException("10^" + n + " is not a long");
        }
        return POW[n];
    }
}
