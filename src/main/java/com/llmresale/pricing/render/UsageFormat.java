package com.llmresale.pricing.render;

import java.math.BigDecimal;

/**
 * How {@code pricing usage} writes numbers for JSON and CSV: exact USD (people's numbers: {@link
 * UsageWords}).
 */
final class UsageFormat {
    private UsageFormat() {}

    /** An exact USD amount with at least 6 decimals (JSON and CSV). */
    static BigDecimal usd(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 6 ? s.setScale(6) : s;
    }

    static String usd6(BigDecimal v) {
        return v == null ? "" : usd(v).toPlainString();
    }

    static String n0(long v) {
        return String.valueOf(v);
    }
}
