package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.usage.UsageReport.Breach;
import java.math.BigDecimal;

/** How {@code pricing usage} writes numbers: exact USD for JSON and CSV, rounded for people. */
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

    /** Dollars for people: {@code $348.00}, {@code $1,234.57} (cents, HALF_UP). */
    static String money(BigDecimal v) {
        return Fmt.ENGLISH.usdCents(v);
    }

    static String signed(BigDecimal v) {
        return v.signum() > 0 ? "+" + money(v) : money(v);
    }

    static String n(long v) {
        return Fmt.ENGLISH.count(v);
    }

    static String n0(long v) {
        return String.valueOf(v);
    }

    static String num(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal s = v.stripTrailingZeros();
        return Fmt.ENGLISH.number(s.scale() < 0 ? s.setScale(0) : s);
    }

    static String pctText(BigDecimal v) {
        return Fmt.ENGLISH.percent(v);
    }

    /** The seed's form: {@code 150/100}, {@code 1,600,000/1,500,000}, {@code $70.00/$23.19}. */
    static String usedCap(Breach b) {
        return b.limit().endsWith("_usd")
                ? money(b.used()) + "/" + money(b.cap())
                : n(b.used().longValueExact()) + "/" + n(b.cap().longValueExact());
    }
}
