package com.llmresale.pricing.render;

import com.llmresale.pricing.engine.usage.UsageReport.Breach;
import java.math.BigDecimal;

/**
 * The words and numbers of one {@code pricing usage} page in one language: its {@code usage.*}
 * messages, dollars to the cent, counts, decimals and percentages. Column names and plain headings
 * stay English here and are put in the reader's language by {@link Labels}.
 */
final class UsageWords {
    final Words w;
    final Fmt f;

    UsageWords(Words w) {
        this.w = w;
        this.f = w.fmt();
    }

    String t(String key, Object... args) {
        return w.format("usage." + key, args);
    }

    /** Dollars for people: {@code $348.00}, {@code $1,234.57} / {@code 1.234,57 $} (HALF_UP). */
    String money(BigDecimal v) {
        return f.usdCents(v);
    }

    String signed(BigDecimal v) {
        return v.signum() > 0 ? "+" + money(v) : money(v);
    }

    String n(long v) {
        return f.count(v);
    }

    /** A decimal with its trailing zeros dropped: {@code 15.8}, {@code 17,582.6}. */
    String num(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal s = v.stripTrailingZeros();
        return f.number(s.scale() < 0 ? s.setScale(0) : s);
    }

    String pct(BigDecimal v) {
        return f.percent(v);
    }

    /** A user's name, marked when premium. */
    String user(String user, boolean premium) {
        return premium ? user + t("premium") : user;
    }

    /** The seed's form: {@code 150/100}, {@code 1,600,000/1,500,000}, {@code $70.00/$23.19}. */
    String usedCap(Breach b) {
        return b.limit().endsWith("_usd")
                ? money(b.used()) + "/" + money(b.cap())
                : n(b.used().longValueExact()) + "/" + n(b.cap().longValueExact());
    }
}
